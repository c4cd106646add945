package dev.strata.autoconfigure;

import dev.strata.Strata;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Runs the pending migrations when the application is ready
 * ({@code migrations.run-at=ready}, the default). Readiness stays
 * {@code REFUSING_TRAFFIC} until they are done: Spring Boot accepts traffic only after
 * the ready event's listeners have returned.
 */
public class MigrationsReadyRunner implements ApplicationListener<ApplicationReadyEvent> {

	private final Strata strata;

	private final MigrationRunReporter reporter;

	/**
	 * Create a runner.
	 * @param strata what runs the migrations
	 * @param reporter what logs a failure and decides whether it stops the application
	 */
	public MigrationsReadyRunner(Strata strata, MigrationRunReporter reporter) {
		this.strata = strata;
		this.reporter = reporter;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		AvailabilityChangeEvent.publish(event.getApplicationContext(), ReadinessState.REFUSING_TRAFFIC);
		this.reporter.run(this.strata);
	}

}
