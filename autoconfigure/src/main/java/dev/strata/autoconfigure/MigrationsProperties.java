package dev.strata.autoconfigure;

import java.time.Duration;
import java.util.Map;

import dev.strata.runner.RunnerSettings;
import dev.strata.runner.TransactionMode;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * Configuration properties of Strata migrations.
 *
 * @param enabled Whether to enable Strata migrations.
 * @param packageName Package of the migration classes, scanned in addition to the
 * Migration beans; defaults to the "migrations" sub-package of the application's
 * auto-configuration package. Generated migrations are written to it.
 * @param table Name of the history table.
 * @param connection Name of the DataSource bean to migrate; defaults to the primary one.
 * @param url JDBC URL of a connection of its own for the migrations (a DDL user, for
 * example); overrides "connection".
 * @param username Login user for "url", or for the DataSource to migrate instead of its
 * own user.
 * @param password Login password that goes with "username".
 * @param runAt When to run pending migrations: "ready" when the application is ready,
 * "startup" before JPA starts, or "never".
 * @param transaction How pending migrations share transactions: "all" in one transaction,
 * "each" one transaction per migration.
 * @param failOnError Whether a failed run stops the application.
 * @param outOfOrder Whether a migration older than the highest applied version may still
 * be applied.
 * @param lockTimeout How long to wait for another instance's run to finish before
 * failing.
 * @param installedBy Who applied the migrations, as recorded in the history; defaults to
 * the database user.
 * @param health Settings of the migrations health indicator.
 * @param exitAfterRun Whether to run the pending migrations and then stop the
 * application, with exit status 0 when they succeeded and 1 when they failed: a deploy
 * step without Maven, such as a Kubernetes init container. Implies no web server, lazy
 * beans and run-at=startup, unless they are set.
 * @param connections Named connections, chosen with "connection" (and by the Maven
 * plugin's -Dmigrations.connection=NAME), each with a url, username and password.
 * @param repair Whether a run first accepts deliberate changes to the history: records
 * the new checksum of applied migrations that were edited, and marks applied migrations
 * whose class is gone as deleted, both as rows of the history table. Turn it on for one
 * start, then off again.
 * @param baselineVersion Version that an existing database, with tables but no history
 * table, is at. Strata checks that its schema is what the migrations up to this version
 * build, records them as applied without running them, then runs the ones above. Ignored
 * on an empty database and once the history has rows.
 * @param endpoint Settings of the migrations Actuator endpoint.
 * @param earlyCheck Whether, when migrations run at start and the properties name the
 * database (url, a named connection, or spring.datasource.url for Spring Boot's pool),
 * Strata logs in with that URL and login before the application context refreshes, to
 * check on a thread of its own whether anything is pending. Not in tests run by Spring's
 * TestContext framework.
 */
@ConfigurationProperties("migrations")
public record MigrationsProperties(@DefaultValue("true") boolean enabled, @Name("package") @Nullable String packageName,
		@DefaultValue("strata_schema_history") String table, @Nullable String connection, @Nullable String url,
		@Nullable String username, @Nullable String password, @Nullable RunAt runAt,
		@DefaultValue("all") TransactionMode transaction, @DefaultValue("true") boolean failOnError,
		@DefaultValue("false") boolean outOfOrder, @DefaultValue("60s") Duration lockTimeout,
		@Nullable String installedBy, @DefaultValue Health health, @DefaultValue("false") boolean exitAfterRun,
		@DefaultValue Map<String, Connection> connections, @DefaultValue("false") boolean repair,
		@Nullable Long baselineVersion, @DefaultValue Endpoint endpoint, @DefaultValue("true") boolean earlyCheck) {

	/**
	 * Settings of the migrations Actuator endpoint.
	 *
	 * @param writeOperations Whether the endpoint may change the database: POST
	 * /actuator/migrations applies the pending migrations. Secure the endpoint before
	 * turning this on.
	 */
	public record Endpoint(@DefaultValue("false") boolean writeOperations) {

	}

	/**
	 * Settings of the migrations health indicator.
	 *
	 * @param cacheTimeToLive How long a health result is reused before the database and
	 * the entities are compared again.
	 */
	public record Health(@DefaultValue("10s") Duration cacheTimeToLive) {

	}

	/**
	 * A named connection.
	 *
	 * @param url JDBC URL of the database.
	 * @param username Login user of the database.
	 * @param password Login password of the database.
	 */
	public record Connection(String url, @Nullable String username, @Nullable String password) {

		@Override
		public String toString() {
			return "Connection[url=" + this.url + ", username=" + this.username + ", password="
					+ ((this.password != null) ? "******" : null) + "]";
		}

	}

	/**
	 * Return how runs work, as these properties set it.
	 * @return the settings of the runs
	 */
	public RunnerSettings runnerSettings() {
		return new RunnerSettings(this.table, this.transaction, this.outOfOrder, this.lockTimeout, this.installedBy,
				this.repair, this.baselineVersion);
	}

	@Override
	public String toString() {
		return "MigrationsProperties[enabled=" + this.enabled + ", package=" + this.packageName + ", table="
				+ this.table + ", connection=" + this.connection + ", url=" + this.url + ", username=" + this.username
				+ ", password=" + ((this.password != null) ? "******" : null) + ", runAt=" + this.runAt
				+ ", transaction=" + this.transaction + ", exitAfterRun=" + this.exitAfterRun + ", connections="
				+ this.connections + ", repair=" + this.repair + ", baselineVersion=" + this.baselineVersion
				+ ", earlyCheck=" + this.earlyCheck + "]";
	}

}
