package dev.strata.autoconfigure;

import dev.strata.Strata;

import org.springframework.beans.factory.InitializingBean;

/**
 * Runs the pending migrations while the application context starts
 * ({@code migrations.run-at=startup}). The beans that need the database initialized,
 * JPA's entity manager factory among them, wait for it.
 */
public class MigrationsInitializer implements InitializingBean {

	private final Strata strata;

	private final MigrationRunReporter reporter;

	/**
	 * Create an initializer.
	 * @param strata what runs the migrations
	 * @param reporter what logs a failure and decides whether it stops the application
	 */
	public MigrationsInitializer(Strata strata, MigrationRunReporter reporter) {
		this.strata = strata;
		this.reporter = reporter;
	}

	@Override
	public void afterPropertiesSet() {
		this.reporter.run(this.strata);
	}

}
