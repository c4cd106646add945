package dev.strata.runner;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Plans migrations on a thread of its own while the thread that iterates over it applies
 * the ones already planned: records each migration's operations, replays and renders
 * them, and hands the plans over in version order. Recording a migration for the first
 * time (loading its lambdas) costs the application about as much as the database spends
 * applying it, so a run of many migrations takes about the longer of the two instead of
 * their sum.
 * <p>
 * A migration that cannot be recorded or planned ends the iteration with its
 * {@link MigrationException}, after the plans of the migrations before it: a run that
 * applies them in one transaction on a database with transactional DDL then rolls back,
 * and nothing stays applied. Closing it stops the planning thread.
 */
final class PlanAhead implements Iterator<PlannedMigration>, AutoCloseable {

	/**
	 * How many plans may wait for the applying thread: enough to keep it busy, few enough
	 * that a large run does not hold every rendered migration at once.
	 */
	private static final int CAPACITY = 64;

	private static final Object END = new Object();

	private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);

	private final Thread thread;

	private @Nullable Object next;

	/**
	 * Start planning.
	 * @param migrations the migrations to plan, in version order, each recorded when
	 * asked
	 * @param replay the replay to plan them with, from the empty schema
	 */
	PlanAhead(List<Supplier<ResolvedMigration>> migrations, MigrationPlanner.Replay replay) {
		this.thread = new Thread(() -> plan(migrations, replay), "strata-plan-ahead");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	private void plan(List<Supplier<ResolvedMigration>> migrations, MigrationPlanner.Replay replay) {
		try {
			try {
				for (Supplier<ResolvedMigration> migration : migrations) {
					this.queue.put(replay.plan(migration.get()));
				}
				this.queue.put(END);
			}
			catch (RuntimeException | Error ex) {
				this.queue.put(ex);
			}
		}
		catch (InterruptedException ex) {
			// Closed: the applying thread wants no more plans.
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean hasNext() {
		if (this.next == null) {
			try {
				this.next = this.queue.take();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new MigrationException("The run was interrupted while it waited for the next migration's plan",
						null, null, null, null, null, ex);
			}
		}
		if (this.next instanceof RuntimeException failure) {
			throw failure;
		}
		if (this.next instanceof Error failure) {
			throw failure;
		}
		return this.next != END;
	}

	@Override
	public PlannedMigration next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		PlannedMigration planned = (PlannedMigration) this.next;
		this.next = null;
		return planned;
	}

	@Override
	public void close() {
		this.thread.interrupt();
	}

}
