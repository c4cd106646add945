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
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * The {@code migrations} health indicator: {@code UP} when no migration is pending,
 * failed, missing or changed and the database matches the entities; {@code DOWN}
 * otherwise, with the differences and the versions concerned in its details. A result is
 * reused for a configurable time, so that probes cost the database nothing most of the
 * time, but never after Strata has migrated or rolled back since it was made (through the
 * endpoint, at startup or when the application is ready): the next check after a run is
 * fresh. A change of status is logged (a warning when it turns {@code DOWN}), so that
 * drift shows in the log as well as on the probe.
 */
public class MigrationsHealthIndicator implements HealthIndicator {

	private static final Log logger = LogFactory.getLog(MigrationsHealthIndicator.class);

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
			logChange((again != null) ? again.health() : null, health);
			this.cached = new Checked(health, checkedAt, runCount);
			return health;
		}
		finally {
			this.checking.unlock();
		}
	}

	private static void logChange(@Nullable Health previous, Health health) {
		if (previous != null && previous.getStatus().equals(health.getStatus())) {
			return;
		}
		if (Status.UP.equals(health.getStatus())) {
			if (previous != null) {
				logger.info("Migrations health is UP again: the database matches the migrations and the entities");
			}
			return;
		}
		Map<String, Object> details = health.getDetails();
		StringBuilder summary = new StringBuilder("Migrations health is ").append(health.getStatus());
		for (String state : List.of("pending", "failed", "missing", "changed")) {
			if (details.containsKey(state)) {
				summary.append(", ").append(state).append(' ').append(details.get(state));
			}
		}
		if (details.get("differences") instanceof List<?> differences && !differences.isEmpty()
				&& differences.get(0) instanceof Map<?, ?> first) {
			summary.append(", ")
				.append(details.get("differenceCount"))
				.append(" difference(s) between the database and the entities, the first: ")
				.append(first.get("message"));
		}
		if (details.containsKey("error")) {
			summary.append(", error: ").append(details.get("error"));
		}
		logger.warn(summary.append(". Details: /actuator/health/migrations and /actuator/migrations/validate"));
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
