package dev.strata.runner;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

import dev.strata.dialect.Dialect;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes planned migrations and records them in the history table, in one transaction
 * for all ({@link TransactionMode#ALL}) or one per migration
 * ({@link TransactionMode#EACH}), each a {@link RunTransaction} that says, when a
 * migration fails, what the database was left as.
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
		List<? extends Iterable<PlannedMigration>> transactions = (this.mode == TransactionMode.ALL) ? List.of(plan)
				: plan.stream().map(List::of).toList();
		return executeTransactions(connection, transactions, firstRank, 1);
	}

	/**
	 * Execute migrations in one transaction as they are planned, on a database whose DDL
	 * is transactional, sending their statements {@linkplain StatementPipeline in
	 * batches}: when the plans end with a failure, the transaction rolls back and nothing
	 * stays applied. Each migration's recorded time is its statements' share of their
	 * batches' time.
	 * @param connection the connection, in auto-commit mode; left in auto-commit mode
	 * @param plan the migrations, in order, planned while they are executed
	 * @param firstRank the installed rank of the first history row to write
	 * @return the migrations applied
	 * @throws MigrationException if a migration fails or cannot be planned; the message
	 * says what the database and the history were left as
	 * @throws SQLException if the transaction cannot be started
	 */
	List<AppliedMigration> executeAsPlanned(Connection connection, Iterator<PlannedMigration> plan, int firstRank)
			throws SQLException {
		if (!this.dialect.supportsTransactionalDdl()) {
			throw new IllegalStateException(
					this.dialect.name() + " cannot roll back DDL: plan every migration before executing any");
		}
		Iterable<PlannedMigration> planned = () -> plan;
		return executeTransactions(connection, List.of(planned), firstRank, StatementPipeline.BATCH_SIZE);
	}

	private List<AppliedMigration> executeTransactions(Connection connection,
			List<? extends Iterable<PlannedMigration>> transactions, int firstRank, int batchSize) throws SQLException {
		return RunTransaction.onConnection(connection,
				(statement) -> executeTransactions(connection, statement, transactions, firstRank, batchSize));
	}

	private List<AppliedMigration> executeTransactions(Connection connection, Statement statement,
			List<? extends Iterable<PlannedMigration>> transactions, int firstRank, int batchSize) {
		List<AppliedMigration> applied = new ArrayList<>();
		int rank = firstRank;
		for (Iterable<PlannedMigration> migrations : transactions) {
			RunTransaction transaction = new RunTransaction(this.dialect, this.historyTable, RunDirection.MIGRATE,
					this.installedBy, (cause) -> advice(cause, this.mode), connection, statement, rank, applied.size(),
					applied.isEmpty() ? null : applied.get(applied.size() - 1).version(), batchSize);
			List<ResolvedMigration> run = new ArrayList<>();
			Iterator<PlannedMigration> plans = migrations.iterator();
			while (hasNext(plans, transaction)) {
				PlannedMigration planned = plans.next();
				ResolvedMigration migration = planned.migration();
				transaction.run(migration, planned.operations(),
						this.classHashes.apply(migration.qualifiedClassName()));
				run.add(migration);
			}
			List<Long> executionMs = transaction.commit();
			flush(connection);
			List<AppliedMigration> committed = new ArrayList<>(run.size());
			for (int i = 0; i < run.size(); i++) {
				ResolvedMigration migration = run.get(i);
				committed.add(new AppliedMigration(migration.version(), migration.description(), migration.className(),
						executionMs.get(i)));
			}
			rank += committed.size();
			applied.addAll(committed);
			committed.forEach((migration) -> logger.info("Applied migration {} ({}) in {} ms", migration.version(),
					migration.description(), migration.executionMs()));
		}
		return List.copyOf(applied);
	}

	/**
	 * Return whether another migration is planned. When planning the next one fails, a
	 * failed statement of an earlier migration that still waits in a batch is reported
	 * instead, as it would have been had it been sent at once.
	 */
	private static boolean hasNext(Iterator<PlannedMigration> plans, RunTransaction transaction) {
		try {
			return plans.hasNext();
		}
		catch (RuntimeException | Error ex) {
			try {
				transaction.sendWaiting();
			}
			catch (MigrationException earlier) {
				earlier.addSuppressed(ex);
				throw earlier;
			}
			throw ex;
		}
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

	private void flush(Connection connection) {
		try {
			this.dialect.flushCommitted(connection);
		}
		catch (SQLException ex) {
			logger.warn("Could not flush the committed migrations to disk; the database writes them later", ex);
		}
	}

}
