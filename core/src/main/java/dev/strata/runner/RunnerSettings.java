package dev.strata.runner;

import java.time.Duration;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * How a {@link MigrationRunner} runs.
 *
 * @param table the name of the history table
 * @param transactionMode how pending migrations are grouped into transactions
 * @param outOfOrder whether a pending migration with a version below the current version
 * is applied (otherwise it is an error)
 * @param lockTimeout how long to wait for another run to release the migration lock
 * @param installedBy the name recorded as {@code installed_by}, {@code null} for the
 * database user
 * @param repair whether a run first realigns the recorded checksums of
 * {@linkplain MigrationState#CHANGED changed} migrations and marks
 * {@linkplain MigrationState#MISSING missing} ones as deleted, recording both in the
 * history ({@link HistoryRepair})
 * @param baselineVersion the version an existing database (tables, no history) is at: a
 * run checks that its schema is what the migrations up to this version build and records
 * them as applied without running them ({@link Baseline}); {@code null} to refuse to
 * migrate a database that has tables but no history
 */
public record RunnerSettings(String table, TransactionMode transactionMode, boolean outOfOrder, Duration lockTimeout,
		@Nullable String installedBy, boolean repair, @Nullable Long baselineVersion) {

	/** The default lock timeout. */
	public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);

	public RunnerSettings {
		Objects.requireNonNull(table, "'table' must not be null");
		if (table.isBlank()) {
			throw new IllegalArgumentException("'table' must not be blank");
		}
		Objects.requireNonNull(transactionMode, "'transactionMode' must not be null");
		Objects.requireNonNull(lockTimeout, "'lockTimeout' must not be null");
		if (lockTimeout.isNegative()) {
			throw new IllegalArgumentException("'lockTimeout' must not be negative, was " + lockTimeout);
		}
		if (baselineVersion != null && baselineVersion < 0) {
			throw new IllegalArgumentException("'baselineVersion' must not be negative, was " + baselineVersion);
		}
	}

	/**
	 * Create settings that neither repair nor baseline.
	 * @param table the name of the history table
	 * @param transactionMode how pending migrations are grouped into transactions
	 * @param outOfOrder whether a pending migration below the current version is applied
	 * @param lockTimeout how long to wait for another run to release the migration lock
	 * @param installedBy the name recorded as {@code installed_by}, {@code null} for the
	 * database user
	 */
	public RunnerSettings(String table, TransactionMode transactionMode, boolean outOfOrder, Duration lockTimeout,
			@Nullable String installedBy) {
		this(table, transactionMode, outOfOrder, lockTimeout, installedBy, false, null);
	}

	/**
	 * Return the default settings: history table {@value HistoryTable#DEFAULT_NAME}, one
	 * transaction for all pending migrations, no out-of-order migrations, a lock timeout
	 * of 60 seconds, the database user as {@code installed_by}.
	 * @return the settings
	 */
	public static RunnerSettings defaults() {
		return new RunnerSettings(HistoryTable.DEFAULT_NAME, TransactionMode.ALL, false, DEFAULT_LOCK_TIMEOUT, null);
	}

	/**
	 * Return these settings with another history table.
	 * @param table the table name
	 * @return the new settings
	 */
	public RunnerSettings withTable(String table) {
		return new RunnerSettings(table, this.transactionMode, this.outOfOrder, this.lockTimeout, this.installedBy,
				this.repair, this.baselineVersion);
	}

	/**
	 * Return these settings with another transaction mode.
	 * @param transactionMode the mode
	 * @return the new settings
	 */
	public RunnerSettings withTransactionMode(TransactionMode transactionMode) {
		return new RunnerSettings(this.table, transactionMode, this.outOfOrder, this.lockTimeout, this.installedBy,
				this.repair, this.baselineVersion);
	}

	/**
	 * Return these settings, allowing out-of-order migrations or not.
	 * @param outOfOrder whether to apply out-of-order migrations
	 * @return the new settings
	 */
	public RunnerSettings withOutOfOrder(boolean outOfOrder) {
		return new RunnerSettings(this.table, this.transactionMode, outOfOrder, this.lockTimeout, this.installedBy,
				this.repair, this.baselineVersion);
	}

	/**
	 * Return these settings with another lock timeout.
	 * @param lockTimeout the timeout
	 * @return the new settings
	 */
	public RunnerSettings withLockTimeout(Duration lockTimeout) {
		return new RunnerSettings(this.table, this.transactionMode, this.outOfOrder, lockTimeout, this.installedBy,
				this.repair, this.baselineVersion);
	}

	/**
	 * Return these settings with another {@code installed_by}.
	 * @param installedBy the name, {@code null} for the database user
	 * @return the new settings
	 */
	public RunnerSettings withInstalledBy(@Nullable String installedBy) {
		return new RunnerSettings(this.table, this.transactionMode, this.outOfOrder, this.lockTimeout, installedBy,
				this.repair, this.baselineVersion);
	}

	/**
	 * Return these settings, repairing the history first or not.
	 * @param repair whether to realign changed and mark missing migrations
	 * @return the new settings
	 */
	public RunnerSettings withRepair(boolean repair) {
		return new RunnerSettings(this.table, this.transactionMode, this.outOfOrder, this.lockTimeout, this.installedBy,
				repair, this.baselineVersion);
	}

	/**
	 * Return these settings with a baseline version for an existing database.
	 * @param baselineVersion the version, {@code null} for none
	 * @return the new settings
	 */
	public RunnerSettings withBaselineVersion(@Nullable Long baselineVersion) {
		return new RunnerSettings(this.table, this.transactionMode, this.outOfOrder, this.lockTimeout, this.installedBy,
				this.repair, baselineVersion);
	}

	/**
	 * Return who applies migrations, for the history: the configured name, else the
	 * database user, else (a database user without a name, as H2 allows) the operating
	 * system user.
	 * @param connection the connection the run uses
	 * @return the name
	 * @throws java.sql.SQLException if the database fails
	 */
	String installedBy(java.sql.Connection connection) throws java.sql.SQLException {
		if (this.installedBy != null) {
			return this.installedBy;
		}
		String user = connection.getMetaData().getUserName();
		if (user != null && !user.isBlank()) {
			return user;
		}
		String osUser = System.getProperty("user.name");
		return (osUser != null && !osUser.isBlank()) ? osUser : "unknown";
	}

}
