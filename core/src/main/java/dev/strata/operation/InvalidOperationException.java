package dev.strata.operation;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when an operation cannot apply to a schema: a column added twice, a foreign key
 * to a column that does not exist, a table dropped that others still reference. It names
 * the table and column; callers that know the migration add it.
 */
public class InvalidOperationException extends RuntimeException {

	private final @Nullable String table;

	private final @Nullable String column;

	/**
	 * Create an exception.
	 * @param table the table concerned, {@code null} if none
	 * @param column the column concerned, {@code null} if none
	 * @param message what is wrong and what to do
	 */
	public InvalidOperationException(@Nullable String table, @Nullable String column, String message) {
		super(message);
		this.table = table;
		this.column = column;
	}

	/**
	 * Return the table concerned.
	 * @return the table, or {@code null}
	 */
	public @Nullable String getTable() {
		return this.table;
	}

	/**
	 * Return the column concerned.
	 * @return the column, or {@code null}
	 */
	public @Nullable String getColumn() {
		return this.column;
	}

}
