package dev.strata;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import dev.strata.runner.MigrateResult;
import dev.strata.runner.MigrationClass;
import dev.strata.runner.MigrationException;
import dev.strata.runner.MigrationRunner;
import dev.strata.runner.MigrationSet;
import dev.strata.runner.RunnerSettings;
import dev.strata.runner.TransactionMode;
import dev.strata.runner.UpToDateQuestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link UpToDateCheckAhead}: which answers a run may take.
 */
class UpToDateCheckAheadTests {

	private static final MigrateResult UP_TO_DATE = new MigrateResult(List.of(), 7L, 3);

	private static final UpToDateQuestion QUESTION = question("strata_schema_history", "0123456789abcdef");

	private static final UpToDateCheckAhead.Found FOUND = new UpToDateCheckAhead.Found(QUESTION, UP_TO_DATE);

	private static final Supplier<Optional<UpToDateQuestion>> ASKED = () -> Optional.of(QUESTION);

	@Test
	void anAnswerIsTakenOnce() {
		UpToDateCheckAhead ahead = new UpToDateCheckAhead();
		ahead.start(0, () -> Optional.of(FOUND)).run();
		assertThat(ahead.take(0, ASKED)).contains(UP_TO_DATE);
		assertThat(ahead.take(0, ASKED)).isEmpty();
	}

	@Test
	void anAnswerFromBeforeAnotherRunStartedIsDropped() {
		UpToDateCheckAhead ahead = new UpToDateCheckAhead();
		ahead.start(0, () -> Optional.of(FOUND)).run();
		assertThat(ahead.take(1, ASKED)).isEmpty();
	}

	@Test
	void anAnswerOlderThanTheLimitIsDropped() throws InterruptedException {
		UpToDateCheckAhead ahead = new UpToDateCheckAhead(Duration.ofMillis(10));
		ahead.start(0, () -> Optional.of(FOUND)).run();
		Thread.sleep(50);
		assertThat(ahead.take(0, ASKED)).isEmpty();
	}

	@Test
	void anAnswerIsAsOldAsTheCheckNotAsItsEnd() {
		UpToDateCheckAhead ahead = new UpToDateCheckAhead(Duration.ofMillis(50));
		ahead.start(0, () -> {
			sleep(100);
			return Optional.of(FOUND);
		}).run();
		assertThat(ahead.take(0, ASKED)).as("read at some point of a check that started 100 ms ago").isEmpty();
	}

	@Test
	@Timeout(20)
	void aRunWaitsForTheCheckNoLongerThanAnAnswerMayBeOld() throws Exception {
		CountDownLatch checking = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		UpToDateCheckAhead ahead = new UpToDateCheckAhead(Duration.ofMillis(200));
		Thread checker = new Thread(ahead.start(0, () -> {
			checking.countDown();
			await(release);
			return Optional.of(FOUND);
		}), "checker");
		checker.start();
		assertThat(checking.await(10, TimeUnit.SECONDS)).isTrue();
		long start = System.nanoTime();
		assertThat(ahead.take(0, ASKED)).as("a check stuck connecting").isEmpty();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		release.countDown();
		checker.join(10_000);
	}

	@Test
	void aRunInterruptedWhileWaitingForTheCheckFailsWithNothingRun() throws Exception {
		CountDownLatch checking = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		UpToDateCheckAhead ahead = new UpToDateCheckAhead();
		Runnable check = ahead.start(0, () -> {
			checking.countDown();
			await(release);
			return Optional.of(FOUND);
		});
		Thread checker = new Thread(check, "checker");
		checker.start();
		assertThat(checking.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Throwable> failure = new CompletableFuture<>();
		AtomicBoolean interruptKept = new AtomicBoolean();
		Thread run = new Thread(() -> {
			try {
				ahead.take(0, ASKED);
			}
			catch (RuntimeException ex) {
				interruptKept.set(Thread.currentThread().isInterrupted());
				failure.complete(ex);
			}
			failure.complete(null);
		}, "run");
		run.start();
		run.interrupt();
		assertThat(failure.get(10, TimeUnit.SECONDS)).isInstanceOf(MigrationException.class)
			.hasMessageContaining("nothing was run");
		assertThat(interruptKept).isTrue();
		release.countDown();
		checker.join(10_000);
	}

	@Test
	void aCheckThatNoThreadRanIsRunByTheRunThatTakesIt() {
		AtomicInteger checks = new AtomicInteger();
		UpToDateCheckAhead ahead = new UpToDateCheckAhead();
		Runnable check = ahead.start(0, () -> {
			checks.incrementAndGet();
			return Optional.of(FOUND);
		});
		assertThat(ahead.take(0, ASKED)).contains(UP_TO_DATE);
		check.run();
		assertThat(checks).as("run once, by the taker; the thread that comes late does nothing").hasValue(1);
	}

	@Test
	void aFailedCheckLeavesTheRunToCheck() {
		UpToDateCheckAhead ahead = new UpToDateCheckAhead();
		ahead.start(0, () -> {
			throw new IllegalStateException("history table missing");
		}).run();
		assertThat(ahead.take(0, ASKED)).isEmpty();
	}

	@Test
	void anAnswerToAnotherQuestionIsDropped() {
		UpToDateCheckAhead ahead = new UpToDateCheckAhead();
		ahead.start(0, () -> Optional.of(FOUND)).run();
		assertThat(ahead.take(0, () -> Optional.of(question("strata_schema_history", "fedcba9876543210"))))
			.as("class files changed since the check")
			.isEmpty();
		ahead.start(0, () -> Optional.of(FOUND)).run();
		assertThat(ahead.take(0, () -> Optional.of(question("other_history", "0123456789abcdef"))))
			.as("another history table")
			.isEmpty();
		ahead.start(0, () -> Optional.of(FOUND)).run();
		assertThat(ahead.take(0, Optional::empty)).as("a run that cannot be told up to date in one query").isEmpty();
		ahead.start(0, () -> Optional.of(FOUND)).run();
		assertThat(ahead.take(0, () -> Optional.of(question("strata_schema_history", "0123456789abcdef"))))
			.as("the same question, asked by another runner")
			.contains(UP_TO_DATE);
	}

	@Test
	void tellingWhetherTheRunWillCheckForItselfLeavesTheAnswerForTheRun() {
		UpToDateCheckAhead ahead = new UpToDateCheckAhead();
		Runnable check = ahead.start(0, () -> Optional.of(FOUND));
		assertThat(ahead.leavesTheRunToCheck(() -> Optional.of(question("other_history", "0123456789abcdef"))))
			.as("another question")
			.isTrue();
		assertThat(ahead.leavesTheRunToCheck(ASKED)).as("runs the check that no thread ran").isFalse();
		check.run();
		assertThat(ahead.take(0, ASKED)).contains(UP_TO_DATE);
		assertThat(ahead.leavesTheRunToCheck(ASKED)).as("taken: the run knows").isFalse();
		ahead.start(0, Optional::empty);
		assertThat(ahead.leavesTheRunToCheck(ASKED)).as("found something to do").isTrue();
	}

	@Test
	void noCheckNoAnswer() {
		assertThat(new UpToDateCheckAhead().take(0, ASKED)).isEmpty();
	}

	private static UpToDateQuestion question(String table, String classHash) {
		MigrationClass migration = new MigrationClass("db.migrations.V7_CreateNotes", classHash, () -> {
			throw new IllegalStateException("not created to sum up the history");
		});
		RunnerSettings settings = new RunnerSettings(table, TransactionMode.ALL, false, Duration.ofSeconds(1), null,
				false, null);
		return new MigrationRunner(new NoDatabase(), null, MigrationSet.of(List.of(), List.of(migration)), settings)
			.upToDateQuestion()
			.orElseThrow();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
