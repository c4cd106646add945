package dev.strata.runner;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.strata.dialect.Dialect;
import dev.strata.operation.OperationSubject;
import dev.strata.operation.Subject;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes a planned rollback and records a {@link HistoryEventType#ROLLBACK} row per
 * migration, in one transaction for all ({@link TransactionMode#ALL}) or one per
 * migration ({@link TransactionMode#EACH}), as migrate runs do. On failure it rolls the
 * transaction back; where DDL is not transactional it {@linkplain Compensator re-applies}
 * what the failed transaction had undone, and if that cannot be done completely it
 * records a failed row that lists what stays rolled back.
 */
final class RollbackExecutor {

	private static final Logger logger = LoggerFactory.getLogger(MigrationRollback.class);

	private final Dialect dialect;

	private final HistoryTable historyTable;

	private final TransactionMode mode;

	private final String installedBy;

	RollbackExecutor(Dialect dialect, HistoryTable historyTable, TransactionMode mode, String installedBy) {
		this.dialect = dialect;
		this.historyTable = historyTable;
		this.mode = mode;
		this.installedBy = installedBy;
	}

	/**
	 * Execute the plan.
	 * @param connection the connection, in auto-commit mode; left in auto-commit mode
	 * @param plan the migrations to undo, highest version first
	 * @param firstRank the installed rank of the first history row to write
	 * @return the migrations rolled back
	 * @throws MigrationException if undoing a migration fails; the message says what the
	 * database and the history were left as
	 * @throws SQLException if a transaction cannot be started
	 */
	List<RolledBackMigration> execute(Connection connection, List<PlannedRollback> plan, int firstRank)
			throws SQLException {
		List<RolledBackMigration> done = new ArrayList<>(plan.size());
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			List<List<PlannedRollback>> transactions = (this.mode == TransactionMode.ALL) ? List.of(plan)
					: plan.stream().map(List::of).toList();
			int rank = firstRank;
			for (List<PlannedRollback> migrations : transactions) {
				Transaction transaction = new Transaction(connection, statement, rank, done);
				migrations.forEach(transaction::run);
				transaction.commit();
				rank += migrations.size();
				done.addAll(transaction.done);
				transaction.done.forEach((migration) -> logger.info("Rolled back migration {} ({}) in {} ms",
						migration.version(), migration.description(), migration.executionMs()));
			}
		}
		finally {
			try {
				connection.setAutoCommit(true);
			}
			catch (SQLException ex) {
				logger.debug("Could not restore auto-commit", ex);
			}
		}
		return List.copyOf(done);
	}

	private static String reason(Throwable cause) {
		String message = (cause.getMessage() != null) ? cause.getMessage().strip() : cause.toString();
		return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
	}

	/**
	 * One transaction: the statements that undo its migrations, then their history rows.
	 */
	private final class Transaction {

		private final Connection connection;

		private final Statement statement;

		private final int firstRank;

		private final List<RolledBackMigration> doneEarlier;

		private final List<ExecutedOperation> executed = new ArrayList<>();

		private final List<HistoryEntry> rows = new ArrayList<>();

		private final List<RolledBackMigration> done = new ArrayList<>();

		private @Nullable ResolvedMigration last;

		Transaction(Connection connection, Statement statement, int firstRank, List<RolledBackMigration> doneEarlier) {
			this.connection = connection;
			this.statement = statement;
			this.firstRank = firstRank;
			this.doneEarlier = doneEarlier;
		}

		void run(PlannedRollback planned) {
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
					migration.description(), HistoryEventType.ROLLBACK, migration.qualifiedClassName(),
					migration.checksum(), RollbackExecutor.this.installedBy, Instant.now(), executionMs, true, null));
			this.done.add(new RolledBackMigration(migration.version(), migration.description(), migration.className(),
					planned.derived(), executionMs));
		}

		void commit() {
			if (this.last == null) {
				return;
			}
			try {
				RollbackExecutor.this.historyTable.append(this.connection, this.rows);
				this.connection.commit();
			}
			catch (SQLException | RuntimeException ex) {
				throw fail(this.last, null, null, ex);
			}
		}

		private MigrationException fail(ResolvedMigration migration, @Nullable RenderedOperation operation,
				@Nullable String sql, Exception cause) {
			try {
				this.connection.rollback();
			}
			catch (SQLException ex) {
				cause.addSuppressed(ex);
			}
			Subject subject = (operation != null) ? OperationSubject.of(operation.operation())
					: new Subject(null, null);
			String where = (sql != null) ? " on statement [" + SecretRedactor.redact(sql) + "]"
					: " while recording it in the history table [" + RollbackExecutor.this.historyTable.name() + "]";
			String failure = "Rolling back migration [" + migration.className() + "] failed" + where
					+ subject.describe() + ": " + reason(cause);
			return new MigrationException(failure + ". " + outcome(migration, failure), migration.className(),
					migration.version(), subject.table(), subject.column(),
					(sql != null) ? SecretRedactor.redact(sql) : null, cause);
		}

		private String outcome(ResolvedMigration migration, String failure) {
			String unchanged = this.doneEarlier.isEmpty()
					? "The database and the history table are as they were before this run."
					: "The database and the history table are as they were before this migration; the "
							+ this.doneEarlier.size() + " migration(s) rolled back before it in this run stay rolled "
							+ "back.";
			boolean anyExecuted = this.executed.stream().anyMatch((operation) -> operation.executed() > 0);
			if (RollbackExecutor.this.dialect.supportsTransactionalDdl() || !anyExecuted) {
				return unchanged;
			}
			try {
				this.connection.setAutoCommit(true);
			}
			catch (SQLException ex) {
				logger.debug("Could not restore auto-commit", ex);
			}
			Compensator.Result result = new Compensator(RollbackExecutor.this.dialect).undo(this.connection,
					this.executed);
			String lost = result.dataLost().isEmpty() ? ""
					: " Re-applying a drop brings back the structure, not the data: "
							+ String.join(", ", result.dataLost()) + " could not be restored.";
			String name = RollbackExecutor.this.dialect.name();
			if (result.isComplete()) {
				return name + " cannot roll back DDL, so Strata re-applied the " + result.undone().size()
						+ " statement(s) that had been undone. " + unchanged + lost;
			}
			String stillRolledBack = "Strata could not re-apply everything (" + name + " cannot roll back DDL): "
					+ result.failure() + ". Still undone: " + String.join("; ", result.stillApplied()) + ".";
			return stillRolledBack + lost + recordFailure(migration, failure + ". " + stillRolledBack);
		}

		private String recordFailure(ResolvedMigration migration, String errorMessage) {
			int rank = this.firstRank;
			HistoryEntry row = new HistoryEntry(rank, migration.version(), migration.description(),
					HistoryEventType.ROLLBACK, migration.qualifiedClassName(), migration.checksum(),
					RollbackExecutor.this.installedBy, Instant.now(), 0, false, errorMessage);
			String table = RollbackExecutor.this.historyTable.name();
			try {
				RollbackExecutor.this.historyTable.append(this.connection, List.of(row));
				return " This failure is recorded in the history table [" + table + "] (installed_rank " + rank
						+ "), and runs will refuse to continue until it is resolved: bring the schema back by hand, "
						+ "then delete from " + table + " where installed_rank = " + rank + ".";
			}
			catch (SQLException ex) {
				return " Recording this failure in the history table [" + table + "] failed as well (" + ex.getMessage()
						+ "): bring the schema back by hand before the next run.";
			}
		}

	}

}
