package dev.strata.runner;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.strata.operation.Subject;
import dev.strata.operation.OperationSubject;
import dev.strata.dialect.Dialect;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes planned migrations and records them in the history table, in one transaction
 * for all ({@link TransactionMode#ALL}) or one per migration
 * ({@link TransactionMode#EACH}). On failure it rolls back; where the database's DDL is
 * not transactional it also {@linkplain Compensator undoes} the statements the failed
 * transaction executed, and if that cannot be done completely it records a failed row
 * that lists what stays applied.
 */
final class MigrationExecutor {

	private static final Logger logger = LoggerFactory.getLogger(MigrationRunner.class);

	/**
	 * PostgreSQL's "out of shared memory" (class 53, insufficient resources), which it
	 * raises when a transaction holds more locks than its lock table has room for.
	 */
	private static final String OUT_OF_LOCKS = "53200";

	private final Dialect dialect;

	private final HistoryTable historyTable;

	private final TransactionMode mode;

	private final String installedBy;

	private final Function<String, @Nullable String> classHashes;

	/**
	 * Create an executor.
	 * @param dialect the dialect
	 * @param historyTable the history table
	 * @param mode one transaction for all migrations or one each
	 * @param installedBy the name recorded as {@code installed_by}
	 * @param classHashes the class hash of a migration class, by fully qualified name,
	 * recorded with its row
	 */
	MigrationExecutor(Dialect dialect, HistoryTable historyTable, TransactionMode mode, String installedBy,
			Function<String, @Nullable String> classHashes) {
		this.dialect = dialect;
		this.historyTable = historyTable;
		this.mode = mode;
		this.installedBy = installedBy;
		this.classHashes = classHashes;
	}

	/**
	 * Execute the plan.
	 * @param connection the connection, in auto-commit mode; left in auto-commit mode
	 * @param plan the migrations, in order
	 * @param firstRank the installed rank of the first history row to write
	 * @return the migrations applied
	 * @throws MigrationException if a migration fails; the message says what the database
	 * and the history were left as
	 * @throws SQLException if a transaction cannot be started
	 */
	List<AppliedMigration> execute(Connection connection, List<PlannedMigration> plan, int firstRank)
			throws SQLException {
		List<AppliedMigration> applied = new ArrayList<>(plan.size());
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			if (this.mode == TransactionMode.ALL) {
				Transaction transaction = new Transaction(connection, statement, firstRank, List.of());
				plan.forEach(transaction::run);
				transaction.commit();
				applied.addAll(transaction.applied);
				transaction.log();
			}
			else {
				int rank = firstRank;
				for (PlannedMigration migration : plan) {
					Transaction transaction = new Transaction(connection, statement, rank++, applied);
					transaction.run(migration);
					transaction.commit();
					applied.addAll(transaction.applied);
					transaction.log();
				}
			}
		}
		finally {
			restoreAutoCommit(connection);
		}
		return List.copyOf(applied);
	}

	/**
	 * Return advice for failures that the settings can avoid, with a leading space, or
	 * nothing.
	 * @param cause the failure
	 * @param mode the transaction mode of the run
	 * @return the advice
	 */
	static String advice(Throwable cause, TransactionMode mode) {
		if (mode == TransactionMode.ALL && cause instanceof SQLException ex && OUT_OF_LOCKS.equals(ex.getSQLState())) {
			return " One transaction for all pending migrations (migrations.transaction=all) keeps a lock on every "
					+ "object they create until it commits, and the database ran out of lock slots: apply a first "
					+ "run this large with migrations.transaction=each, or raise max_locks_per_transaction.";
		}
		return "";
	}

	private static String reason(Throwable cause) {
		String message = (cause.getMessage() != null) ? cause.getMessage().strip() : cause.toString();
		return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
	}

	private void flush(Connection connection) {
		try {
			this.dialect.flushCommitted(connection);
		}
		catch (SQLException ex) {
			logger.warn("Could not flush the committed migrations to disk; the database writes them later", ex);
		}
	}

	private static void restoreAutoCommit(Connection connection) {
		try {
			connection.setAutoCommit(true);
		}
		catch (SQLException ex) {
			logger.debug("Could not restore auto-commit", ex);
		}
	}

	/**
	 * One transaction: the statements of its migrations, then their history rows.
	 */
	private final class Transaction {

		private final Connection connection;

		private final Statement statement;

		private final int firstRank;

		private final List<AppliedMigration> appliedEarlier;

		private final List<ExecutedOperation> executed = new ArrayList<>();

		private final List<HistoryEntry> rows = new ArrayList<>();

		private final List<AppliedMigration> applied = new ArrayList<>();

		private @Nullable ResolvedMigration last;

		Transaction(Connection connection, Statement statement, int firstRank, List<AppliedMigration> appliedEarlier) {
			this.connection = connection;
			this.statement = statement;
			this.firstRank = firstRank;
			this.appliedEarlier = appliedEarlier;
		}

		void run(PlannedMigration planned) {
			ResolvedMigration migration = planned.migration();
			this.last = migration;
			long start = System.nanoTime();
			for (RenderedOperation operation : planned.operations()) {
				List<String> statements = operation.statements();
				for (int i = 0; i < statements.size(); i++) {
					try {
						this.statement.execute(statements.get(i));
					}
					catch (SQLException | RuntimeException ex) {
						this.executed.add(new ExecutedOperation(migration, operation, i));
						throw fail(migration, operation, statements.get(i), ex);
					}
				}
				this.executed.add(new ExecutedOperation(migration, operation, statements.size()));
			}
			long executionMs = (System.nanoTime() - start) / 1_000_000;
			this.rows.add(new HistoryEntry(this.firstRank + this.rows.size(), migration.version(),
					migration.description(), HistoryEventType.MIGRATE, migration.qualifiedClassName(),
					migration.checksum(), MigrationExecutor.this.installedBy, Instant.now(), executionMs, true, null,
					MigrationExecutor.this.classHashes.apply(migration.qualifiedClassName())));
			this.applied.add(new AppliedMigration(migration.version(), migration.description(), migration.className(),
					executionMs));
		}

		void commit() {
			if (this.last == null) {
				return;
			}
			try {
				MigrationExecutor.this.historyTable.append(this.connection, this.rows);
			}
			catch (SQLException | RuntimeException ex) {
				throw fail(this.last, null, null, ex);
			}
			try {
				this.connection.commit();
			}
			catch (SQLException | RuntimeException ex) {
				throw fail(this.last, null, null, ex);
			}
			flush(this.connection);
		}

		void log() {
			for (AppliedMigration migration : this.applied) {
				logger.info("Applied migration {} ({}) in {} ms", migration.version(), migration.description(),
						migration.executionMs());
			}
		}

		private MigrationException fail(ResolvedMigration migration, @Nullable RenderedOperation operation,
				@Nullable String sql, Exception cause) {
			rollback(cause);
			Subject subject = (operation != null) ? OperationSubject.of(operation.operation())
					: new Subject(null, null);
			String where = (sql != null) ? " on statement [" + SecretRedactor.redact(sql) + "]"
					: " while recording it in the history table [" + MigrationExecutor.this.historyTable.name() + "]";
			String failure = "Migration [" + migration.className() + "] failed" + where + subject.describe() + ": "
					+ reason(cause);
			String outcome = outcome(migration, failure) + advice(cause, MigrationExecutor.this.mode);
			return new MigrationException(failure + ". " + outcome, migration.className(), migration.version(),
					subject.table(), subject.column(), (sql != null) ? SecretRedactor.redact(sql) : null, cause);
		}

		private String outcome(ResolvedMigration migration, String failure) {
			String unchanged = this.appliedEarlier.isEmpty()
					? "The database and the history table are as they were before this run."
					: "The database and the history table are as they were before this migration; the "
							+ this.appliedEarlier.size() + " migration(s) applied before it in this run (up to version "
							+ this.appliedEarlier.get(this.appliedEarlier.size() - 1).version() + ") stay applied.";
			boolean anyExecuted = this.executed.stream().anyMatch((operation) -> operation.executed() > 0);
			if (MigrationExecutor.this.dialect.supportsTransactionalDdl() || !anyExecuted) {
				return unchanged;
			}
			restoreAutoCommit(this.connection);
			Compensator.Result result = new Compensator(MigrationExecutor.this.dialect).undo(this.connection,
					this.executed);
			String lost = result.dataLost().isEmpty() ? "" : " Undoing a drop brings back the structure, not the data: "
					+ String.join(", ", result.dataLost()) + " could not be restored.";
			if (result.isComplete()) {
				return MigrationExecutor.this.dialect.name() + " cannot roll back DDL, so Strata undid the "
						+ result.undone().size() + " statement(s) that had run. " + unchanged + lost;
			}
			String stillApplied = "Strata could not undo everything (" + MigrationExecutor.this.dialect.name()
					+ " cannot roll back DDL): " + result.failure() + ". Still applied: "
					+ String.join("; ", result.stillApplied()) + ".";
			return stillApplied + lost + recordFailure(migration, failure + ". " + stillApplied);
		}

		private String recordFailure(ResolvedMigration migration, String errorMessage) {
			int rank = this.firstRank;
			HistoryEntry row = new HistoryEntry(rank, migration.version(), migration.description(),
					HistoryEventType.MIGRATE, migration.qualifiedClassName(), migration.checksum(),
					MigrationExecutor.this.installedBy, Instant.now(), 0, false, errorMessage);
			String table = MigrationExecutor.this.historyTable.name();
			try {
				MigrationExecutor.this.historyTable.append(this.connection, List.of(row));
				return " This failure is recorded in the history table [" + table + "] (installed_rank " + rank
						+ "), and runs will refuse to continue until it is resolved: bring the schema back by hand, "
						+ "then delete from " + table + " where installed_rank = " + rank + ".";
			}
			catch (SQLException ex) {
				return " Recording this failure in the history table [" + table + "] failed as well (" + ex.getMessage()
						+ "): bring the schema back by hand before the next run.";
			}
		}

		private void rollback(Exception cause) {
			try {
				this.connection.rollback();
			}
			catch (SQLException ex) {
				cause.addSuppressed(ex);
			}
		}

	}

}
