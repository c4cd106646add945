package dev.strata.runner;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Executes the statements of one transaction of a run, in order: one round trip each, or
 * sent in JDBC batches, so that the database executes a batch while the application waits
 * once. A statement that may return rows (raw SQL) is always executed on its own.
 * <p>
 * Either way the statement that fails is the one reported. A batch that fails does not
 * say which of its statements failed (PostgreSQL's driver marks every entry failed once
 * the transaction is aborted), so the transaction is rolled back and replayed: the
 * batches before it again as batches, then its statements one at a time, and the first
 * that fails again is the one reported, with its own error. If none fails again, the
 * transaction is where it would have been and the run goes on. Batches are therefore only
 * for databases whose DDL is transactional.
 */
final class StatementPipeline {

	/**
	 * How many statements a batch sends at most: enough to spare most round trips, few
	 * enough that PostgreSQL's driver sends each batch in one go.
	 */
	static final int BATCH_SIZE = 100;

	private final Connection connection;

	private final Statement statement;

	private final int batchSize;

	private final Listener listener;

	private final List<Step> batch = new ArrayList<>();

	private final List<List<Step>> sent = new ArrayList<>();

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
	}

	/**
	 * Execute a statement, now or with the next batch.
	 * @param step the statement
	 * @throws Failure if it, or a statement before it, fails
	 */
	void execute(Step step) throws Failure {
		if (this.batchSize == 1) {
			executeAlone(step);
			return;
		}
		this.batch.add(step);
		if (this.batch.size() == this.batchSize) {
			flush();
		}
	}

	/**
	 * Execute a statement on its own, after the statements before it.
	 * @param step the statement, which may return rows
	 * @throws Failure if it, or a statement before it, fails
	 */
	void executeAlone(Step step) throws Failure {
		flush();
		long start = System.nanoTime();
		try {
			this.statement.execute(step.sql());
		}
		catch (SQLException | RuntimeException ex) {
			throw new Failure(step, ex);
		}
		this.listener.executed(step, System.nanoTime() - start);
		remember(List.of(step));
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
			executeAlone(steps.get(0));
			return;
		}
		long start = System.nanoTime();
		try {
			for (Step step : steps) {
				this.statement.addBatch(step.sql());
			}
			this.statement.executeBatch();
		}
		catch (SQLException | RuntimeException ex) {
			replay(steps, ex);
			this.sent.add(steps);
			return;
		}
		long share = (System.nanoTime() - start) / steps.size();
		steps.forEach((step) -> this.listener.executed(step, share));
		this.sent.add(steps);
	}

	private void remember(List<Step> steps) {
		if (this.batchSize > 1) {
			this.sent.add(steps);
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
		clearBatch(batchFailure);
		rollback(failed, batchFailure);
		try {
			for (List<Step> steps : this.sent) {
				executeAgain(steps);
			}
		}
		catch (SQLException | RuntimeException ex) {
			// What succeeded before failed now: find the statement one at a time.
			rollback(failed, batchFailure);
			for (List<Step> steps : this.sent) {
				executeOneByOne(steps, false);
			}
		}
		executeOneByOne(failed, true);
	}

	private void executeAgain(List<Step> steps) throws SQLException {
		if (steps.size() == 1) {
			this.statement.execute(steps.get(0).sql());
			return;
		}
		for (Step step : steps) {
			this.statement.addBatch(step.sql());
		}
		try {
			this.statement.executeBatch();
		}
		catch (SQLException | RuntimeException ex) {
			clearBatch(ex);
			throw ex;
		}
	}

	private void executeOneByOne(List<Step> steps, boolean tell) throws Failure {
		for (Step step : steps) {
			long start = System.nanoTime();
			try {
				this.statement.execute(step.sql());
			}
			catch (SQLException | RuntimeException ex) {
				throw new Failure(step, ex);
			}
			if (tell) {
				this.listener.executed(step, System.nanoTime() - start);
			}
		}
	}

	private void clearBatch(Exception failure) {
		try {
			this.statement.clearBatch();
		}
		catch (SQLException ex) {
			failure.addSuppressed(ex);
		}
	}

	private void rollback(List<Step> failed, Exception batchFailure) throws Failure {
		try {
			this.connection.rollback();
		}
		catch (SQLException ex) {
			batchFailure.addSuppressed(ex);
			throw new Failure(failed.get(0), batchFailure);
		}
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
	 * A statement failed.
	 */
	static final class Failure extends Exception {

		private static final long serialVersionUID = 1L;

		private final transient Step step;

		private final Exception reason;

		Failure(Step step, Exception reason) {
			super(reason);
			this.step = step;
			this.reason = reason;
		}

		Step step() {
			return this.step;
		}

		Exception reason() {
			return this.reason;
		}

	}

}
