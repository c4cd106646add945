package dev.strata;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import dev.strata.runner.MigrateResult;
import dev.strata.runner.MigrationRunner;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@linkplain MigrationRunner#checkUpToDate() check that a run has nothing to do}, made
 * ahead of the run (while the application starts) and kept for the first run that comes:
 * that run waits for it and, if the history was up to date, ends with its answer instead
 * of taking the lock and reading the history itself. The answer is used once; later runs
 * check for themselves. A check that fails or finds something to do only costs the run
 * its time: the run then does everything itself, as without it.
 */
final class UpToDateCheckAhead {

	private static final Logger logger = LoggerFactory.getLogger(UpToDateCheckAhead.class);

	private final AtomicReference<@Nullable FutureTask<Optional<MigrateResult>>> check = new AtomicReference<>();

	/**
	 * Set up the check, to be run by the caller (on a thread of its own).
	 * @param check the check
	 * @return what runs it
	 */
	Runnable start(Supplier<Optional<MigrateResult>> check) {
		FutureTask<Optional<MigrateResult>> task = new FutureTask<>(check::get);
		this.check.set(task);
		return task;
	}

	/**
	 * Take the check's answer, waiting for it if it is still running; once.
	 * @return the result of a run with nothing to do, or empty if no check was made or
	 * taken before, it failed, or it found something to do
	 */
	Optional<MigrateResult> take() {
		FutureTask<Optional<MigrateResult>> task = this.check.getAndSet(null);
		if (task == null) {
			return Optional.empty();
		}
		try {
			Optional<MigrateResult> result = task.get();
			result.ifPresent(
					(upToDate) -> logger.debug(
							"Schema is up to date at version {}: the history was found as the migrations left it while "
									+ "the application started ({} ms)",
							upToDate.currentVersion(), upToDate.totalMs()));
			return result;
		}
		catch (ExecutionException ex) {
			logger.debug("Checking the history ahead of the run failed; the run reads it again", ex.getCause());
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

}
