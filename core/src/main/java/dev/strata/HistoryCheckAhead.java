package dev.strata;

import java.util.Optional;
import java.util.concurrent.FutureTask;

import dev.strata.runner.MigrationRunner;

/**
 * A {@linkplain MigrationRunner#checkUpToDate() check that a run has nothing to do} made
 * by one {@link Strata} for another one that is not built yet: while an application
 * starts, before it has created the connection pool that its Strata will migrate through,
 * a Strata of its own for the same database (a plain connection from the same URL and
 * login, say) checks the history, and the application's Strata is then
 * {@linkplain Strata.Builder#historyCheckedAhead(HistoryCheckAhead) given} the check. Its
 * first run uses the answer as it uses its own check ahead (see
 * {@link Strata#migrate()}), and only if the check asked its own question: the same
 * history table, and the same migrations with the same class files. That the two are for
 * the same database is the caller's to make sure: nothing here can tell.
 * <p>
 * Made by {@link Strata#historyCheckAhead()}; run by the caller, on a thread of its own,
 * with {@link #run()}. A run that needs the answer before any thread started the check
 * makes it itself.
 */
public final class HistoryCheckAhead implements Runnable {

	private final FutureTask<Optional<UpToDateCheckAhead.Answer>> task;

	private final long setUpNanos = System.nanoTime();

	HistoryCheckAhead(FutureTask<Optional<UpToDateCheckAhead.Answer>> task) {
		this.task = task;
	}

	/**
	 * Check the history, once: connect, detect the dialect on that connection and ask
	 * whether the history is up to date. Changes nothing in the database. A failure is
	 * kept for the run that takes the answer, which then checks for itself.
	 */
	@Override
	public void run() {
		this.task.run();
	}

	FutureTask<Optional<UpToDateCheckAhead.Answer>> task() {
		return this.task;
	}

	/**
	 * Return when the check was set up, at or before its start: a run waits for it at
	 * most {@link UpToDateCheckAhead#MAX_AGE} from then.
	 */
	long setUpNanos() {
		return this.setUpNanos;
	}

}
