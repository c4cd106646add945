package dev.strata.dialect;

/**
 * Thrown when the migration lock could not be taken in time.
 */
public class LockTimeoutException extends RuntimeException {

	/**
	 * Create an exception.
	 * @param message who holds the lock, since when, and what to do
	 */
	public LockTimeoutException(String message) {
		super(message);
	}

}
