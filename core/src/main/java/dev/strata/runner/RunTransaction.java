package dev.strata.runner;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.strata.dialect.Dialect;
import dev.strata.operation.OperationSubject;
import dev.strata.operation.RawSql;
import dev.strata.operation.Subject;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One transaction of a migrate or rollback run: executes the rendered statements of its
 * migrations (one round trip each, or {@linkplain StatementPipeline in batches} where the
 * database's DDL is transactional), keeps their history rows, and commits both together.
 * When a statement or the commit fails it rolls back; where the database's DDL is not
 * transactional it also {@linkplain Compensator undoes} the statements that had run, and
 * if that cannot be done completely it records a failed row that lists what stays. The
 * exception it throws says which migration, statement, table and column failed and what
 * the database was left as.
 */
final class RunTransaction {

	private static final Logger logger = LoggerFactory.getLogger(RunTransaction.class);

	private final Dialect dialect;

	private final HistoryTable historyTable;

	private final RunDirection direction;

	private final String installedBy;

	private final Function<Throwable, String> advice;

	private final Connection connection;

	private final int firstRank;

	private final int earlierCount;

	private final @Nullable Long earlierLastVersion;

	private final List<ExecutedOperation> executed = new ArrayList<>();

	private final List<PendingRow> rows = new ArrayList<>();

	private final StatementPipeline pipeline;

	private @Nullable ResolvedMigration last;

	/**
	 * Start a transaction's bookkeeping (the connection is already out of auto-commit).
	 * @param dialect the dialect
	 * @param historyTable the history table
	 * @param direction applying or rolling back
	 * @param installedBy the name recorded as {@code installed_by}
	 * @param advice advice for a failure that settings can avoid, with a leading space,
	 * or the empty string
	 * @param connection the connection
	 * @param statement the statement to execute with
	 * @param firstRank the installed rank of this transaction's first history row
	 * @param earlierCount how many migrations earlier transactions of the run committed
	 * @param earlierLastVersion the version of the last of them, {@code null} if none
	 * @param batchSize how many statements to send to the database at once (more than 1
	 * only where DDL is transactional, see {@link StatementPipeline})
	 */
	RunTransaction(Dialect dialect, HistoryTable historyTable, RunDirection direction, String installedBy,
			Function<Throwable, String> advice, Connection connection, Statement statement, int firstRank,
			int earlierCount, @Nullable Long earlierLastVersion, int batchSize) {
		if (batchSize > 1 && !dialect.supportsTransactionalDdl()) {
			throw new IllegalArgumentException(
					dialect.name() + " cannot roll back DDL: a failed batch could not be replayed");
		}
		this.dialect = dialect;
		this.historyTable = historyTable;
		this.direction = direction;
		this.installedBy = installedBy;
		this.advice = advice;
		this.connection = connection;
		this.firstRank = firstRank;
		this.earlierCount = earlierCount;
		this.earlierLastVersion = earlierLastVersion;
		this.pipeline = new StatementPipeline(connection, statement, batchSize, this::executed);
	}

	/**
	 * Run the transactions of a run on a connection, out of auto-commit and with one
	 * statement. A failure that no transaction handled (an {@link Error} from the driver,
	 * a migration that could not be planned ahead) is rolled back, so that restoring
	 * auto-commit afterwards commits nothing.
	 * @param <T> what the work returns
	 * @param connection the connection, in auto-commit mode; left in auto-commit mode
	 * @param work the transactions, given the statement to execute with
	 * @return what the work returns
	 * @throws SQLException if the connection cannot leave auto-commit mode or the work
	 * fails
	 */
	static <T> T onConnection(Connection connection, Work<T> work) throws SQLException {
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			return work.run(statement);
		}
		catch (RuntimeException | Error ex) {
			try {
				if (!connection.getAutoCommit()) {
					connection.rollback();
				}
			}
			catch (SQLException rollback) {
				ex.addSuppressed(rollback);
			}
			throw ex;
		}
		finally {
			try {
				connection.setAutoCommit(true);
			}
			catch (SQLException ex) {
				logger.debug("Could not restore auto-commit", ex);
			}
		}
	}

	/**
	 * Execute a migration's statements, now or with the next batch, and keep its history
	 * row for the commit.
	 * @param migration the migration
	 * @param operations its rendered operations, in order
	 * @param classHash the class hash to record with its row, or {@code null}
	 * @throws MigrationException if one of its statements, or of a migration before it in
	 * the same batch, fails
	 */
	void run(ResolvedMigration migration, List<RenderedOperation> operations, @Nullable String classHash) {
		this.last = migration;
		int position = this.rows.size();
		this.rows.add(new PendingRow(migration, classHash, Instant.now()));
		try {
			for (RenderedOperation operation : operations) {
				boolean mayReturnRows = operation.operation() instanceof RawSql;
				for (int i = 0; i < operation.statements().size(); i++) {
					StatementPipeline.Step step = new StatementPipeline.Step(position, migration, operation, i);
					if (mayReturnRows) {
						this.pipeline.executeAlone(step);
					}
					else {
						this.pipeline.execute(step);
					}
				}
			}
		}
		catch (StatementPipeline.Failure failure) {
			throw fail(failure);
		}
	}

	/**
	 * Send the statements that wait for a batch, write the kept history rows and commit.
	 * @return how long each migration took, in milliseconds, in the order they were run
	 * @throws MigrationException if a statement, writing or committing fails
	 */
	List<Long> commit() {
		if (this.last == null) {
			return List.of();
		}
		sendWaiting();
		List<HistoryEntry> entries = new ArrayList<>(this.rows.size());
		Instant installedOn = Instant.MIN;
		for (PendingRow row : this.rows) {
			ResolvedMigration migration = row.migration;
			// A migration without statements after batched ones was run before they
			// were sent; its row must not look installed before theirs.
			installedOn = row.installedOn.isAfter(installedOn) ? row.installedOn : installedOn;
			entries.add(new HistoryEntry(this.firstRank + entries.size(), migration.version(), migration.description(),
					this.direction.eventType(), migration.qualifiedClassName(), migration.checksum(), this.installedBy,
					installedOn, row.nanos / 1_000_000, true, null, row.classHash));
		}
		try {
			this.historyTable.append(this.connection, entries);
			this.connection.commit();
		}
		catch (SQLException | RuntimeException ex) {
			throw fail(this.last, null, null, ex);
		}
		return entries.stream().map(HistoryEntry::executionMs).toList();
	}

	private void executed(StatementPipeline.Step step, long nanos) {
		PendingRow row = this.rows.get(step.position());
		row.nanos += nanos;
		row.installedOn = Instant.now();
		int last = this.executed.size() - 1;
		if (last >= 0 && this.executed.get(last).operation() == step.operation()) {
			this.executed.set(last, new ExecutedOperation(step.migration(), step.operation(), step.index() + 1));
		}
		else {
			this.executed.add(new ExecutedOperation(step.migration(), step.operation(), step.index() + 1));
		}
	}

	/**
	 * Send the statements that wait for a batch, so that a failure among them is found
	 * before a failure of a later migration is reported.
	 * @throws MigrationException if one of them fails
	 */
	void sendWaiting() {
		try {
			this.pipeline.flush();
		}
		catch (StatementPipeline.Failure failure) {
			throw fail(failure);
		}
	}

	private MigrationException fail(StatementPipeline.Failure failure) {
		StatementPipeline.Step step = failure.step();
		if (step != null) {
			return fail(step.migration(), step.operation(), step.sql(), failure.reason());
		}
		rollback(failure.reason());
		List<StatementPipeline.Step> batch = failure.batch();
		ResolvedMigration first = batch.get(0).migration();
		ResolvedMigration last = batch.get(batch.size() - 1).migration();
		String migrations = (first == last) ? "Migration [" + first.className() + "]"
				: "Migrations [" + first.className() + "] to [" + last.className() + "]";
		String failed = migrations + " failed: one of the " + batch.size()
				+ " statements sent to the database in one batch failed (the batch was not replayed one statement "
				+ "at a time to tell which: " + failure.notReplayed() + "): " + reason(failure.reason());
		// No migration is named as the one that failed: it may be any of the batch's.
		return new MigrationException(failed + ". " + outcome(first, failed) + this.advice.apply(failure.reason()),
				null, null, null, null, null, failure.reason());
	}

	private void rollback(Exception cause) {
		try {
			this.connection.rollback();
		}
		catch (SQLException ex) {
			cause.addSuppressed(ex);
		}
	}

	private MigrationException fail(ResolvedMigration migration, @Nullable RenderedOperation operation,
			@Nullable String sql, Exception cause) {
		rollback(cause);
		Subject subject = (operation != null) ? OperationSubject.of(operation.operation()) : new Subject(null, null);
		String where = (sql != null) ? " on statement [" + SecretRedactor.redact(sql) + "]"
				: " while recording it in the history table [" + this.historyTable.name() + "]";
		String failure = this.direction.failed(migration.className()) + where + subject.describe() + ": "
				+ reason(cause);
		String outcome = outcome(migration, failure) + this.advice.apply(cause);
		return new MigrationException(failure + ". " + outcome, migration.className(), migration.version(),
				subject.table(), subject.column(), (sql != null) ? SecretRedactor.redact(sql) : null, cause);
	}

	private String outcome(ResolvedMigration migration, String failure) {
		String unchanged = (this.earlierCount == 0)
				? "The database and the history table are as they were before this run."
				: "The database and the history table are as they were before this migration; "
						+ this.direction.earlierStay(this.earlierCount, this.earlierLastVersion);
		boolean anyExecuted = this.executed.stream().anyMatch((operation) -> operation.executed() > 0);
		if (this.dialect.supportsTransactionalDdl() || !anyExecuted) {
			return unchanged;
		}
		try {
			this.connection.setAutoCommit(true);
		}
		catch (SQLException ex) {
			logger.debug("Could not restore auto-commit", ex);
		}
		Compensator.Result result = new Compensator(this.dialect).undo(this.connection, this.executed);
		String lost = result.dataLost().isEmpty() ? ""
				: " " + this.direction.dropUndone() + " brings back the structure, not the data: "
						+ String.join(", ", result.dataLost()) + " could not be restored.";
		String name = this.dialect.name();
		if (result.isComplete()) {
			return name + " cannot roll back DDL, so Strata " + this.direction.compensated(result.undone().size())
					+ ". " + unchanged + lost;
		}
		String remains = "Strata " + this.direction.incomplete() + " (" + name + " cannot roll back DDL): "
				+ result.failure() + ". " + this.direction.stillDone() + ": " + String.join("; ", result.stillApplied())
				+ ".";
		return remains + lost + recordFailure(migration, failure + ". " + remains);
	}

	private String recordFailure(ResolvedMigration migration, String errorMessage) {
		int rank = this.firstRank;
		HistoryEntry row = new HistoryEntry(rank, migration.version(), migration.description(),
				this.direction.eventType(), migration.qualifiedClassName(), migration.checksum(), this.installedBy,
				Instant.now(), 0, false, errorMessage);
		String table = this.historyTable.name();
		try {
			this.historyTable.append(this.connection, List.of(row));
			return " This failure is recorded in the history table [" + table + "] (installed_rank " + rank
					+ "), and runs will refuse to continue until it is resolved: bring the schema back by hand, "
					+ "then delete from " + table + " where installed_rank = " + rank + ".";
		}
		catch (SQLException ex) {
			return " Recording this failure in the history table [" + table + "] failed as well (" + ex.getMessage()
					+ "): bring the schema back by hand before the next run.";
		}
	}

	private static String reason(Throwable cause) {
		String message = (cause.getMessage() != null) ? cause.getMessage().strip() : cause.toString();
		return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
	}

	/**
	 * The transactions of a run.
	 *
	 * @param <T> what they return
	 */
	@FunctionalInterface
	interface Work<T> {

		/**
		 * Run the transactions.
		 * @param statement the statement to execute with
		 * @return the result
		 * @throws SQLException if the database fails outside a transaction's handling
		 */
		T run(Statement statement) throws SQLException;

	}

	/**
	 * The history row of a migration of this transaction, until the commit writes it.
	 */
	private static final class PendingRow {

		private final ResolvedMigration migration;

		private final @Nullable String classHash;

		private Instant installedOn;

		private long nanos;

		PendingRow(ResolvedMigration migration, @Nullable String classHash, Instant installedOn) {
			this.migration = migration;
			this.classHash = classHash;
			this.installedOn = installedOn;
		}

	}

}
