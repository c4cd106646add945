package dev.strata;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.strata.runner.MigrateResult;
import dev.strata.runner.MigrationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link UpToDateCheckAhead}: which answers a run may take.
 */
class UpToDateCheckAheadTests {

	private static final MigrateResult UP_TO_DATE = new MigrateResult(List.of(), 7L, 3);

	@Test
	void anAnswerIsTakenOnce() {
		UpToDateCheckAhead ahead = new UpToDateCheckAhead();
		ahead.start(0, () -> Optional.of(UP_TO_DATE)).run();
		assertThat(ahead.take(0)).contains(UP_TO_DATE);
		assertThat(ahead.take(0)).isEmpty();
	}

	@Test
	void anAnswerFromBeforeAnotherRunStartedIsDropped() {
		UpToDateCheckAhead ahead = new UpToDateCheckAhead();
		ahead.start(0, () -> Optional.of(UP_TO_DATE)).run();
		assertThat(ahead.take(1)).isEmpty();
	}

	@Test
	void anAnswerOlderThanTheLimitIsDropped() throws InterruptedException {
		UpToDateCheckAhead ahead = new UpToDateCheckAhead(Duration.ofMillis(10));
		ahead.start(0, () -> Optional.of(UP_TO_DATE)).run();
		Thread.sleep(50);
		assertThat(ahead.take(0)).isEmpty();
	}

	@Test
	void anAnswerIsAsOldAsTheCheckNotAsItsEnd() {
		UpToDateCheckAhead ahead = new UpToDateCheckAhead(Duration.ofMillis(50));
		ahead.start(0, () -> {
			sleep(100);
			return Optional.of(UP_TO_DATE);
		}).run();
		assertThat(ahead.take(0)).as("read at some point of a check that started 100 ms ago").isEmpty();
	}

	@Test
	void aRunInterruptedWhileWaitingForTheCheckFailsWithNothingRun() throws Exception {
		CountDownLatch checking = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		UpToDateCheckAhead ahead = new UpToDateCheckAhead();
		Runnable check = ahead.start(0, () -> {
			checking.countDown();
			await(release);
			return Optional.of(UP_TO_DATE);
		});
		Thread checker = new Thread(check, "checker");
		checker.start();
		assertThat(checking.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Throwable> failure = new CompletableFuture<>();
		AtomicBoolean interruptKept = new AtomicBoolean();
		Thread run = new Thread(() -> {
			try {
				ahead.take(0);
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
			return Optional.of(UP_TO_DATE);
		});
		assertThat(ahead.take(0)).contains(UP_TO_DATE);
		check.run();
		assertThat(checks).as("run once, by the taker; the thread that comes late does nothing").hasValue(1);
	}

	@Test
	void aFailedCheckLeavesTheRunToCheck() {
		UpToDateCheckAhead ahead = new UpToDateCheckAhead();
		ahead.start(0, () -> {
			throw new IllegalStateException("history table missing");
		}).run();
		assertThat(ahead.take(0)).isEmpty();
	}

	@Test
	void noCheckNoAnswer() {
		assertThat(new UpToDateCheckAhead().take(0)).isEmpty();
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
