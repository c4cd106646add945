package dev.strata;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import dev.strata.runner.MigrateResult;
import dev.strata.runner.MigrationException;
import dev.strata.runner.MigrationRunner;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@linkplain MigrationRunner#checkUpToDate() check that a run has nothing to do}, made
 * ahead of the run (while the application starts) and kept for the run that comes next:
 * that run waits for it and, if the history was up to date, ends with its answer instead
 * of taking the lock and reading the history itself. The answer is used once, and only if
 * no other run of the same {@link Strata} (a rollback, say, even one still under way)
 * started after the check did, and the check started at most {@link #MAX_AGE} before (its
 * age counts from before it connected, so it is never younger than what it read): an
 * answer about a database that may have changed since is dropped, and the run checks for
 * itself. A check that fails or finds something to do only costs the run its time: the
 * run then does everything itself, as without it.
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
	 * Set up the check, to be run by the caller (on a thread of its own).
	 * @param runsStarted how many runs had started when the check was set up
	 * @param check the check
	 * @return what runs it
	 */
	Runnable start(long runsStarted, Supplier<Optional<MigrateResult>> check) {
		FutureTask<Optional<Answer>> task = new FutureTask<>(() -> {
			long startNanos = System.nanoTime();
			return check.get().map((upToDate) -> new Answer(upToDate, startNanos));
		});
		this.check.set(new Check(runsStarted, task));
		return task;
	}

	/**
	 * Take the check's answer, waiting for it if it is still running (running it here if
	 * its thread has not started it); once.
	 * @param runsStarted how many runs had started before the one that takes the answer
	 * @return the result of a run with nothing to do, or empty if no check was made or
	 * taken before, another run started since it was set up, it failed, found something
	 * to do, or is too old
	 * @throws MigrationException if interrupted while waiting; nothing was run then
	 */
	Optional<MigrateResult> take(long runsStarted) {
		Check taken = this.check.getAndSet(null);
		if (taken == null) {
			return Optional.empty();
		}
		if (taken.runsStarted() != runsStarted) {
			logger.debug("Another run started after the history was checked ahead; the run checks again");
			return Optional.empty();
		}
		taken.task().run();
		try {
			Optional<Answer> answer = taken.task().get();
			if (answer.isEmpty()) {
				return Optional.empty();
			}
			long ageMs = (System.nanoTime() - answer.get().checkStartNanos()) / 1_000_000;
			if (ageMs > this.maxAge.toMillis()) {
				logger.debug("The history was checked {} ms ago, longer than {}; the run checks again", ageMs,
						this.maxAge);
				return Optional.empty();
			}
			MigrateResult upToDate = answer.get().result();
			logger.debug(
					"Schema is up to date at version {}: the history was found as the migrations left it "
							+ "by a check that started {} ms ago, while the application started ({} ms)",
					upToDate.currentVersion(), ageMs, upToDate.totalMs());
			return Optional.of(upToDate);
		}
		catch (ExecutionException ex) {
			logger.debug("Checking the history ahead of the run failed; the run reads it again", ex.getCause());
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new MigrationException("Interrupted while waiting for the history check made while the "
					+ "application started; nothing was run", null, null, null, null, null, ex);
		}
	}

	private record Check(long runsStarted, FutureTask<Optional<Answer>> task) {

	}

	private record Answer(MigrateResult result, long checkStartNanos) {

	}

}
