package dev.strata.runner;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when migrations cannot be resolved, validated or applied. The message says what
 * happened, which migration, table and column it concerns, what state the database was
 * left in and what to do; the same facts are available as typed fields, so that callers
 * (the Actuator endpoint, a failure analyzer) can show them without parsing the text.
 */
public class MigrationException extends RuntimeException {

	private final @Nullable String migration;

	private final @Nullable Long version;

	private final @Nullable String table;

	private final @Nullable String column;

	private final @Nullable String statement;

	/**
	 * Create an exception.
	 * @param message the complete message
	 * @param migration the simple class name of the migration concerned, {@code null} if
	 * the error is not about one migration
	 * @param version the version of the migration concerned, {@code null} if unknown
	 * @param table the table concerned, {@code null} if none
	 * @param column the column concerned, {@code null} if none
	 * @param statement the SQL statement that failed, {@code null} if none
	 * @param cause the cause, {@code null} if none
	 */
	public MigrationException(String message, @Nullable String migration, @Nullable Long version,
			@Nullable String table, @Nullable String column, @Nullable String statement, @Nullable Throwable cause) {
		super(message, cause);
		this.migration = migration;
		this.version = version;
		this.table = table;
		this.column = column;
		this.statement = statement;
	}

	/**
	 * Create an exception that concerns no single migration.
	 * @param message the complete message
	 */
	public MigrationException(String message) {
		this(message, null, null, null, null, null, null);
	}

	/**
	 * Return the simple class name of the migration concerned.
	 * @return the class name, or {@code null}
	 */
	public @Nullable String getMigration() {
		return this.migration;
	}

	/**
	 * Return the version of the migration concerned.
	 * @return the version, or {@code null}
	 */
	public @Nullable Long getVersion() {
		return this.version;
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

	/**
	 * Return the SQL statement that failed.
	 * @return the statement, or {@code null}
	 */
	public @Nullable String getStatement() {
		return this.statement;
	}

}
