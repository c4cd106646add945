package dev.strata.autoconfigure;

import dev.strata.Strata;
import dev.strata.dialect.LockTimeoutException;
import dev.strata.runner.MigrationException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Runs the migrations and decides what a failure does: stop the application
 * ({@code migrations.fail-on-error=true}), or leave it running with the failure logged
 * and shown by the endpoint and the health indicator.
 */
public class MigrationRunReporter {

	private static final Log logger = LogFactory.getLog(MigrationRunReporter.class);

	private final boolean failOnError;

	/**
	 * Create a reporter.
	 * @param failOnError whether a failed run stops the application
	 */
	public MigrationRunReporter(boolean failOnError) {
		this.failOnError = failOnError;
	}

	/**
	 * Run the pending migrations.
	 * @param strata what runs them
	 * @throws MigrationException if the run fails and failures stop the application
	 * @throws LockTimeoutException if another run held the lock too long and failures
	 * stop the application
	 */
	public void run(Strata strata) {
		try {
			strata.migrate();
		}
		catch (MigrationException | LockTimeoutException ex) {
			if (this.failOnError) {
				throw ex;
			}
			logger.error("Migrations failed; the application keeps running because migrations.fail-on-error=false: "
					+ ex.getMessage());
		}
	}

}
