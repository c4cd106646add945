package dev.strata;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import dev.strata.runner.MigrateResult;
import dev.strata.runner.MigrationException;
import dev.strata.runner.MigrationRunner;
import dev.strata.runner.UpToDateQuestion;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@linkplain MigrationRunner#checkUpToDate() check that a run has nothing to do}, made
 * ahead of the run (while the application starts) and kept for the run that comes next:
 * that run waits for it and, if the history was up to date, ends with its answer instead
 * of taking the lock and reading the history itself. The check is this {@link Strata}'s
 * own, or one {@linkplain HistoryCheckAhead made by another instance} for the same
 * database. The answer is used once, and only if it answers the run's own
 * {@linkplain UpToDateQuestion question} (same history table, same migrations with the
 * same class files), no other run of the same {@link Strata} (a rollback, say, even one
 * still under way) started after the check was set up, and the check started at most
 * {@link #MAX_AGE} before (its age counts from before it connected, so it is never
 * younger than what it read): an answer about a database that may have changed since is
 * dropped, and the run checks for itself; so the run waits for the check no longer than
 * {@link #MAX_AGE} after it was set up (a check stuck connecting on its thread does not
 * hold it; a check that no thread started is made by the run itself, which then waits as
 * long as connecting takes). A check that fails or finds something to do only costs the
 * run its time: the run then does everything itself, as without it.
 */
final class UpToDateCheckAhead {

	/** How old an answer may be when the run takes it. */
	static final Duration MAX_AGE = Duration.ofSeconds(10);

	private static final Logger logger = LoggerFactory.getLogger(UpToDateCheckAhead.class);

	private final Duration maxAge;

	private final AtomicReference<@Nullable Check> check = new AtomicReference<>();

	UpToDateCheckAhead() {
		this(MAX_AGE);
	}

	UpToDateCheckAhead(Duration maxAge) {
		this.maxAge = maxAge;
	}

	/**
	 * Return a check made by a runner: it asks the runner's question, and finds something
	 * only if the history is up to date.
	 * @param runner the runner, created when the check runs (creating it may connect, to
	 * detect the dialect)
	 * @return the check
	 */
	static Supplier<Optional<Found>> checkedBy(Supplier<MigrationRunner> runner) {
		return () -> {
			MigrationRunner checking = runner.get();
			return checking.upToDateQuestion()
				.flatMap((question) -> checking.checkUpToDate().map((upToDate) -> new Found(question, upToDate)));
		};
	}

	/**
	 * Return the task that runs a check and dates its answer from when it started.
	 * @param check the check
	 * @return the task, not started
	 */
	static FutureTask<Optional<Answer>> task(Supplier<Optional<Found>> check) {
		return new FutureTask<>(() -> {
			long startNanos = System.nanoTime();
			return check.get().map((found) -> new Answer(found.question(), found.result(), startNanos));
		});
	}

	/**
	 * Set up the check, to be run by the caller (on a thread of its own).
	 * @param runsStarted how many runs had started when the check was set up
	 * @param check the check
	 * @return what runs it
	 */
	Runnable start(long runsStarted, Supplier<Optional<Found>> check) {
		FutureTask<Optional<Answer>> task = task(check);
		expect(runsStarted, task, System.nanoTime());
		return task;
	}

	/**
	 * Set up a check that is run elsewhere (by another thread, or by whoever takes it).
	 * @param runsStarted how many runs had started when the check was set up
	 * @param task the check
	 * @param setUpNanos when the check was set up, at or before its start
	 */
	void expect(long runsStarted, FutureTask<Optional<Answer>> task, long setUpNanos) {
		this.check.set(new Check(runsStarted, task, setUpNanos));
	}

	/**
	 * Tell, without taking the check, whether the run that takes it will have to check
	 * for itself: whether a check is set up that found nothing for the question (it
	 * failed, found something to do, asked another question or is too old now), waiting
	 * for it if it is still running (running it here if its thread has not started it).
	 * Once the check is taken, the run that took it knows: the answer is then no.
	 * @param asked the question of the run that would take the answer
	 * @return whether the run will check for itself
	 */
	boolean leavesTheRunToCheck(Supplier<Optional<UpToDateQuestion>> asked) {
		Check pending = this.check.get();
		return pending != null && answer(pending, asked).isEmpty();
	}

	/**
	 * Take the check's answer, waiting for it if it is still running (running it here if
	 * its thread has not started it); once.
	 * @param runsStarted how many runs had started before the one that takes the answer
	 * @param asked the question of the run that takes the answer, asked only if there is
	 * an answer to compare with it
	 * @return the result of a run with nothing to do, or empty if no check was made or
	 * taken before, another run started since it was set up, it failed, found something
	 * to do, answered another question, or is too old
	 * @throws MigrationException if interrupted while waiting; nothing was run then
	 */
	Optional<MigrateResult> take(long runsStarted, Supplier<Optional<UpToDateQuestion>> asked) {
		Check taken = this.check.getAndSet(null);
		if (taken == null) {
			return Optional.empty();
		}
		if (taken.runsStarted() != runsStarted) {
			logger.debug("Another run started after the history was checked ahead; the run checks again");
			return Optional.empty();
		}
		return answer(taken, asked).map((answer) -> {
			MigrateResult upToDate = answer.result();
			logger.debug(
					"Schema is up to date at version {}: the history was found as the migrations left it "
							+ "by a check that started {} ms ago, while the application started ({} ms)",
					upToDate.currentVersion(), answer.ageMs(), upToDate.totalMs());
			return upToDate;
		});
	}

	private Optional<Answer> answer(Check check, Supplier<Optional<UpToDateQuestion>> asked) {
		check.task().run();
		try {
			// An answer that comes later than this would be too old anyway; a check stuck
			// connecting (a server that accepts and never answers) must not hold the run.
			long waitNanos = this.maxAge.toNanos() - (System.nanoTime() - check.setUpNanos());
			Optional<Answer> answer = check.task().get(Math.max(0, waitNanos), TimeUnit.NANOSECONDS);
			if (answer.isEmpty()) {
				return Optional.empty();
			}
			long ageMs = answer.get().ageMs();
			if (ageMs > this.maxAge.toMillis()) {
				logger.debug("The history was checked {} ms ago, longer than {}; the run checks again", ageMs,
						this.maxAge);
				return Optional.empty();
			}
			if (!asked.get().equals(Optional.of(answer.get().question()))) {
				logger.debug("The history was checked ahead for other migrations or another table; the run checks "
						+ "again");
				return Optional.empty();
			}
			return answer;
		}
		catch (ExecutionException ex) {
			logger.debug("Checking the history ahead of the run failed; the run reads it again", ex.getCause());
			return Optional.empty();
		}
		catch (TimeoutException ex) {
			logger.debug("The history check made ahead has not answered in {}; the run checks for itself", this.maxAge);
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new MigrationException("Interrupted while waiting for the history check made while the "
					+ "application started; nothing was run", null, null, null, null, null, ex);
		}
	}

	private record Check(long runsStarted, FutureTask<Optional<Answer>> task, long setUpNanos) {

	}

	/**
	 * What a check found when the history was up to date.
	 *
	 * @param question what it asked
	 * @param result the result of a run with nothing to do
	 */
	record Found(UpToDateQuestion question, MigrateResult result) {

	}

	/**
	 * What a check found when the history was up to date, and when it started.
	 *
	 * @param question what it asked
	 * @param result the result of a run with nothing to do
	 * @param checkStartNanos when it started, before it connected
	 */
	record Answer(UpToDateQuestion question, MigrateResult result, long checkStartNanos) {

		long ageMs() {
			return (System.nanoTime() - this.checkStartNanos) / 1_000_000;
		}

	}

}
