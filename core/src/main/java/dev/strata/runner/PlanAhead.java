package dev.strata.runner;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
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

	/**
	 * How often, in milliseconds, each thread waiting for the other checks that the other
	 * is still there.
	 */
	private static final long HAND_OVER_CHECK_MS = 100;

	private static final Object END = new Object();

	private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);

	private final Thread thread;

	private @Nullable Object next;

	private volatile boolean closed;

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
			for (Supplier<ResolvedMigration> migration : migrations) {
				if (!hand(replay.plan(migration.get()))) {
					return;
				}
			}
			hand(END);
		}
		catch (Throwable ex) {
			hand(ex);
		}
	}

	/**
	 * Hand a plan (or the end, or a failure) to the applying thread, waiting while the
	 * queue is full.
	 * @return whether it was handed over, {@code false} when closed
	 */
	private boolean hand(Object item) {
		try {
			while (!this.closed) {
				if (this.queue.offer(item, HAND_OVER_CHECK_MS, TimeUnit.MILLISECONDS)) {
					return true;
				}
			}
		}
		catch (InterruptedException ex) {
			// Closed: the applying thread wants no more plans.
		}
		return false;
	}

	/**
	 * Return whether there is another plan, waiting for it. An interrupt of the applying
	 * thread does not stop the wait (a run without planning ahead does not wait either);
	 * the thread's interrupt status is kept for its caller.
	 * @throws MigrationException (or the {@link RuntimeException} or {@link Error}) that
	 * planning ended with
	 */
	@Override
	public boolean hasNext() {
		if (this.next == null) {
			this.next = take();
		}
		if (this.next instanceof RuntimeException failure) {
			throw failure;
		}
		if (this.next instanceof Error failure) {
			throw failure;
		}
		if (this.next instanceof Throwable failure) {
			throw new MigrationException("Planning the migrations failed: " + failure, null, null, null, null, null,
					failure);
		}
		return this.next != END;
	}

	private Object take() {
		boolean interrupted = false;
		try {
			while (true) {
				try {
					Object item = this.queue.poll(HAND_OVER_CHECK_MS, TimeUnit.MILLISECONDS);
					if (item != null) {
						return item;
					}
					if (!this.thread.isAlive() && this.queue.isEmpty()) {
						throw new MigrationException(
								"The thread planning the migrations ended without handing over a plan", null, null,
								null, null, null, null);
					}
				}
				catch (InterruptedException ex) {
					interrupted = true;
				}
			}
		}
		finally {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
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
		this.closed = true;
		this.thread.interrupt();
	}

}
