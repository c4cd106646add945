package dev.strata.dialect;

/**
 * Thrown when Strata has no dialect for a database.
 */
public class UnsupportedDatabaseException extends RuntimeException {

	/**
	 * Create an exception.
	 * @param message which database, and which are supported
	 */
	public UnsupportedDatabaseException(String message) {
		super(message);
	}

}
