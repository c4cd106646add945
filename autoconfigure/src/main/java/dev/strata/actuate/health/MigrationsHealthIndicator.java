package dev.strata.actuate.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import dev.strata.ProblemSource;
import dev.strata.Strata;
import dev.strata.Validation;
import dev.strata.ValidationProblem;
import dev.strata.runner.MigrationState;
import dev.strata.runner.MigrationStatusReport;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code migrations} health indicator: {@code UP} when no migration is pending,
 * failed, missing or changed and the database matches the entities; {@code DOWN}
 * otherwise, with the differences and the versions concerned in its details. A result is
 * reused for a configurable time, so that probes cost the database nothing most of the
 * time, but never after Strata has migrated or rolled back since it was made (through the
 * endpoint, at startup or when the application is ready): the next check after a run is
 * fresh.
 */
public class MigrationsHealthIndicator implements HealthIndicator {

	private static final int MAX_DIFFERENCES = 100;

	private final Strata strata;

	private final Duration timeToLive;

	private final Clock clock;

	private final ReentrantLock checking = new ReentrantLock();

	private volatile @Nullable Checked cached;

	/**
	 * Create an indicator.
	 * @param strata the migrations to check
	 * @param timeToLive how long a result is reused
	 */
	public MigrationsHealthIndicator(Strata strata, Duration timeToLive) {
		this(strata, timeToLive, Clock.systemUTC());
	}

	MigrationsHealthIndicator(Strata strata, Duration timeToLive, Clock clock) {
		this.strata = strata;
		this.timeToLive = timeToLive;
		this.clock = clock;
	}

	/**
	 * Return the cached result while it is fresh. Once its time to live is over, one
	 * probe checks again while the others keep getting the old result instead of queuing
	 * behind the check, so that a burst of probes never waits for the database. Only the
	 * very first check, and the first after Strata has run, are waited for: a result made
	 * before a run is never handed out again.
	 */
	@Override
	public Health health() {
		Checked known = this.cached;
		if (known != null && isFresh(known)) {
			return known.health();
		}
		if (known != null && known.runCount() == this.strata.runCount()) {
			// merely expired: whoever does not get to check keeps the old result
			if (!this.checking.tryLock()) {
				return known.health();
			}
		}
		else {
			this.checking.lock();
		}
		try {
			Checked again = this.cached;
			if (again != null && isFresh(again)) {
				return again.health();
			}
			long runCount = this.strata.runCount();
			Instant checkedAt = this.clock.instant();
			Health health = check(checkedAt);
			this.cached = new Checked(health, checkedAt, runCount);
			return health;
		}
		finally {
			this.checking.unlock();
		}
	}

	private boolean isFresh(Checked checked) {
		return checked.runCount() == this.strata.runCount()
				&& this.clock.instant().isBefore(checked.checkedAt().plus(this.timeToLive));
	}

	private Health check(Instant now) {
		try {
			MigrationStatusReport status = this.strata.status();
			Validation validation = this.strata.validateDatabase(status);
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("currentVersion", status.currentVersion());
			for (MigrationState state : List.of(MigrationState.PENDING, MigrationState.FAILED, MigrationState.MISSING,
					MigrationState.CHANGED)) {
				List<Long> versions = status.inState(state).stream().map((migration) -> migration.version()).toList();
				if (!versions.isEmpty()) {
					details.put(state.name().toLowerCase(java.util.Locale.ROOT), versions);
				}
			}
			status.inState(MigrationState.FAILED)
				.stream()
				.filter((migration) -> migration.errorMessage() != null)
				.findFirst()
				.ifPresent((migration) -> details.put("error", migration.errorMessage()));
			List<ValidationProblem> differences = validation.from(ProblemSource.DATABASE);
			if (!differences.isEmpty()) {
				details.put("differences",
						differences.stream().limit(MAX_DIFFERENCES).map(MigrationsHealthIndicator::describe).toList());
				details.put("differenceCount", differences.size());
			}
			if (!validation.notices().isEmpty()) {
				details.put("notices", validation.notices());
			}
			details.put("checkedAt", now.toString());
			return (validation.valid() ? Health.up() : Health.down()).withDetails(details).build();
		}
		catch (RuntimeException ex) {
			return Health.down(ex).withDetail("checkedAt", now.toString()).build();
		}
	}

	private static Map<String, Object> describe(ValidationProblem problem) {
		Map<String, Object> difference = new LinkedHashMap<>();
		difference.put("table", problem.table());
		difference.put("column", problem.column());
		difference.put("kind", problem.kind());
		difference.put("message", problem.message());
		return difference;
	}

	/**
	 * A health result, when it was made, and how many runs Strata had ended before.
	 */
	private record Checked(Health health, Instant checkedAt, long runCount) {

	}

}
