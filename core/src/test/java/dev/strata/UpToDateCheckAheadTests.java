package dev.strata;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import dev.strata.runner.MigrateResult;
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
	void anAnswerFromBeforeAnotherRunEndedIsDropped() {
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

}
