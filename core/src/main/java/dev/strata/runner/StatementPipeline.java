package dev.strata.runner;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Executes the statements of one transaction of a run, in order: one round trip each, or
 * sent in JDBC batches, so that the database executes a batch while the application waits
 * once.
 * <p>
 * Either way the statement that fails is the one reported. A batch that fails does not
 * say which of its statements failed (PostgreSQL's driver marks every entry failed once
 * the transaction is aborted), so the transaction is rolled back and replayed: the
 * batches before it again as batches, then its statements one at a time, and the first
 * that fails again is the one reported, with its own error. If none fails again, the
 * transaction is where it would have been and the run goes on. Batches are therefore only
 * for databases whose DDL is transactional, and a replay must not repeat what a rollback
 * does not undo: raw SQL (which may also return rows, or call a sequence or another
 * database) runs on its own, and from the first raw SQL statement of the transaction on,
 * every statement is sent on its own. A batch that fails because the run was interrupted
 * (cancelled, timed out, disconnected, a deadlock or a lock not granted) is not replayed:
 * its failure names the batch.
 */
final class StatementPipeline {

	/**
	 * How many statements a batch sends at most: enough to spare most round trips, few
	 * enough that PostgreSQL's driver sends each batch in one go.
	 */
	static final int BATCH_SIZE = 100;

	/**
	 * SQLSTATE classes and codes of failures that interrupt a run rather than tell
	 * something about a statement: connection exceptions, transaction rollbacks
	 * (deadlocks, serialization failures), operator intervention (cancelled, timed out,
	 * shut down), a lock not available.
	 */
	private static final Set<String> INTERRUPTIONS = Set.of("08", "40", "57", "55P03");

	private final Connection connection;

	private final Statement statement;

	private final int batchSize;

	private final Listener listener;

	private final List<Step> batch = new ArrayList<>();

	private final List<List<Step>> sent = new ArrayList<>();

	private boolean batching;

	/**
	 * Create a pipeline.
	 * @param connection the connection, out of auto-commit mode
	 * @param statement the statement to execute with
	 * @param batchSize how many statements to send at once; 1 executes each as it comes
	 * @param listener told of every statement that ran and of its time
	 */
	StatementPipeline(Connection connection, Statement statement, int batchSize, Listener listener) {
		if (batchSize < 1) {
			throw new IllegalArgumentException("A batch must hold at least one statement, was " + batchSize);
		}
		this.connection = connection;
		this.statement = statement;
		this.batchSize = batchSize;
		this.listener = listener;
		this.batching = batchSize > 1;
	}

	/**
	 * Execute a statement that returns no rows and whose effects a rollback undoes, now
	 * or with the next batch.
	 * @param step the statement
	 * @throws Failure if it, or a statement before it, fails
	 */
	void execute(Step step) throws Failure {
		if (!this.batching) {
			executeNow(step);
			return;
		}
		this.batch.add(step);
		if (this.batch.size() == this.batchSize) {
			flush();
		}
	}

	/**
	 * Execute a statement on its own, after the statements before it: one that may return
	 * rows or have effects that a rollback does not undo. The statements after it are
	 * sent on their own too.
	 * @param step the statement
	 * @throws Failure if it, or a statement before it, fails
	 */
	void executeAlone(Step step) throws Failure {
		flush();
		this.batching = false;
		this.sent.clear();
		executeNow(step);
	}

	/**
	 * Send the statements that wait for a batch.
	 * @throws Failure if one of them fails
	 */
	void flush() throws Failure {
		if (this.batch.isEmpty()) {
			return;
		}
		List<Step> steps = List.copyOf(this.batch);
		this.batch.clear();
		if (steps.size() == 1) {
			executeNow(steps.get(0));
			return;
		}
		try {
			long start = System.nanoTime();
			executeBatch(steps);
			long share = (System.nanoTime() - start) / steps.size();
			steps.forEach((step) -> this.listener.executed(step, share));
		}
		catch (SQLException | RuntimeException ex) {
			if (interrupts(ex)) {
				throw Failure.ofBatch(steps, serverError(ex), "the failure interrupts the run");
			}
			replay(steps, ex);
		}
		this.sent.add(steps);
	}

	private void executeNow(Step step) throws Failure {
		this.listener.executed(step, executeTimed(step));
		if (this.batching) {
			this.sent.add(List.of(step));
		}
	}

	/**
	 * Execute one statement on its own.
	 * @return how long it took, in nanoseconds
	 * @throws Failure if it fails
	 */
	private long executeTimed(Step step) throws Failure {
		long start = System.nanoTime();
		try {
			this.statement.execute(step.sql());
		}
		catch (SQLException | RuntimeException ex) {
			throw Failure.of(step, ex);
		}
		return System.nanoTime() - start;
	}

	private void executeBatch(List<Step> steps) throws SQLException {
		try {
			for (Step step : steps) {
				this.statement.addBatch(step.sql());
			}
			this.statement.executeBatch();
		}
		catch (SQLException | RuntimeException ex) {
			try {
				this.statement.clearBatch();
			}
			catch (SQLException clearing) {
				ex.addSuppressed(clearing);
			}
			throw ex;
		}
	}

	/**
	 * Roll back and execute again everything sent before a failed batch, then the batch
	 * one statement at a time.
	 * @param failed the batch
	 * @param batchFailure why it failed
	 * @throws Failure for the first statement that fails again
	 */
	private void replay(List<Step> failed, Exception batchFailure) throws Failure {
		rollback(failed, batchFailure, null);
		try {
			for (List<Step> steps : this.sent) {
				// Only statements without rows: a lone one goes as a batch of one.
				executeBatch(steps);
			}
		}
		catch (SQLException | RuntimeException ex) {
			// What succeeded before failed now: find the statement one at a time.
			rollback(failed, batchFailure, ex);
			for (List<Step> steps : this.sent) {
				executeOneByOne(steps, false);
			}
		}
		executeOneByOne(failed, true);
	}

	private void executeOneByOne(List<Step> steps, boolean tell) throws Failure {
		for (Step step : steps) {
			long nanos = executeTimed(step);
			if (tell) {
				this.listener.executed(step, nanos);
			}
		}
	}

	/**
	 * Roll back before a replay.
	 * @param failed the failed batch
	 * @param batchFailure why it failed
	 * @param replayFailure why replaying the batches before it failed, {@code null}
	 * before the first replay
	 * @throws Failure naming the batch if the rollback fails
	 */
	private void rollback(List<Step> failed, Exception batchFailure, @Nullable Exception replayFailure) throws Failure {
		try {
			this.connection.rollback();
		}
		catch (SQLException | RuntimeException ex) {
			Exception reason = serverError(batchFailure);
			if (replayFailure != null) {
				reason.addSuppressed(replayFailure);
			}
			reason.addSuppressed(ex);
			String notReplayed = (replayFailure != null)
					? "replaying the batches before it failed (" + replayFailure.getMessage()
							+ "), then rolling back failed: " + ex.getMessage()
					: "rolling back to replay it failed: " + ex.getMessage();
			throw Failure.ofBatch(failed, reason, notReplayed);
		}
	}

	private static boolean interrupts(Exception failure) {
		String state = (serverError(failure) instanceof SQLException ex) ? ex.getSQLState() : null;
		return state != null && state.length() == 5
				&& (INTERRUPTIONS.contains(state.substring(0, 2)) || INTERRUPTIONS.contains(state));
	}

	/**
	 * Return the database's own error behind a failed batch (the driver's batch exception
	 * chains it as the next exception), or the failure itself.
	 */
	private static Exception serverError(Exception failure) {
		if (failure instanceof BatchUpdateException batchFailure && batchFailure.getNextException() != null) {
			return batchFailure.getNextException();
		}
		return failure;
	}

	/**
	 * A statement of a migration's operation.
	 *
	 * @param position the position of its migration in the transaction, from 0
	 * @param migration the migration
	 * @param operation the operation
	 * @param index the position of the statement among the operation's statements
	 */
	record Step(int position, ResolvedMigration migration, RenderedOperation operation, int index) {

		String sql() {
			return this.operation.statements().get(this.index);
		}

	}

	/**
	 * Told of each statement that ran.
	 */
	@FunctionalInterface
	interface Listener {

		/**
		 * A statement ran.
		 * @param step the statement
		 * @param nanos how long it took, or its share of its batch's time
		 */
		void executed(Step step, long nanos);

	}

	/**
	 * A statement failed: the statement, or, when it cannot be told, the batch it was
	 * sent in.
	 */
	static final class Failure extends Exception {

		private static final long serialVersionUID = 1L;

		private final transient List<Step> batch;

		private final transient @Nullable Step step;

		private final Exception reason;

		private final @Nullable String notReplayed;

		private Failure(List<Step> batch, @Nullable Step step, Exception reason, @Nullable String notReplayed) {
			super(reason);
			this.batch = List.copyOf(batch);
			this.step = step;
			this.reason = reason;
			this.notReplayed = notReplayed;
		}

		static Failure of(Step step, Exception reason) {
			return new Failure(List.of(step), step, reason, null);
		}

		static Failure ofBatch(List<Step> batch, Exception reason, String notReplayed) {
			return new Failure(batch, null, reason, notReplayed);
		}

		/**
		 * Return the statement that failed.
		 * @return the statement, {@code null} if a batch failed and was not replayed
		 */
		@Nullable Step step() {
			return this.step;
		}

		/**
		 * Return the statements sent together with the one that failed.
		 * @return the statements, in order; only the failed one when it is known
		 */
		List<Step> batch() {
			return this.batch;
		}

		Exception reason() {
			return this.reason;
		}

		/**
		 * Return why a failed batch was not replayed to tell the statement.
		 * @return the reason, {@code null} when the statement is known
		 */
		@Nullable String notReplayed() {
			return this.notReplayed;
		}

	}

}
