package dev.strata.autoconfigure;

import java.util.function.IntConsumer;

import dev.strata.Strata;
import dev.strata.runner.MigrateResult;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

/**
 * Runs the pending migrations and stops the application
 * ({@code migrations.exit-after-run=true}): the deploy step of an application's own jar,
 * for a Kubernetes init container or a CI job. The JVM exits with status 0 when the
 * migrations succeeded. When they fail the run fails: Spring Boot prints the failure
 * analysis and, through an {@code ExitCodeExceptionMapper}, exits with status
 * {@value #FAILURE}; {@code migrations.fail-on-error} does not apply.
 * <p>
 * It runs before every other runner. Together with the defaults that
 * {@link MigrationsExitAfterRunEnvironmentPostProcessor} sets (no web server, lazy beans,
 * {@code migrations.run-at=startup}), the application does little but run the migrations:
 * no server, no request, no runner of its own.
 */
public class MigrationsExitRunner implements ApplicationRunner, Ordered {

	/** The exit status of a failed run. */
	public static final int FAILURE = 1;

	private static final Log logger = LogFactory.getLog(MigrationsExitRunner.class);

	private final Strata strata;

	private final ConfigurableApplicationContext context;

	private final IntConsumer exit;

	/**
	 * Create a runner that exits the JVM.
	 * @param strata what runs the migrations
	 * @param context the application context, closed before the JVM exits
	 */
	public MigrationsExitRunner(Strata strata, ConfigurableApplicationContext context) {
		this(strata, context, System::exit);
	}

	MigrationsExitRunner(Strata strata, ConfigurableApplicationContext context, IntConsumer exit) {
		this.strata = strata;
		this.context = context;
		this.exit = exit;
	}

	@Override
	public void run(ApplicationArguments args) {
		MigrateResult result = this.strata.migrate();
		logger.info("Migrations done, the schema is at version "
				+ ((result.currentVersion() != null) ? result.currentVersion() : "none")
				+ (result.applied().isEmpty() ? "" : " (" + result.applied().size() + " applied now)")
				+ "; stopping because migrations.exit-after-run=true");
		this.exit.accept(SpringApplication.exit(this.context, () -> 0));
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
