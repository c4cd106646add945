package dev.strata.autoconfigure;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.strata.Strata;
import dev.strata.migration.Migration;
import dev.strata.migration.Schema;
import dev.strata.runner.MigrationState;
import dev.strata.testing.PostgresDatabase;
import dev.strata.testing.TestPostgres;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history is checked before the context refreshes, through a plain connection with
 * the login the properties give the migrations, and the Strata bean is given the check
 * only if its data source connects with that login: then a start with nothing pending
 * makes no connection through the data source at all (the pool is not even started). A
 * data source that connects elsewhere, or in another schema, is migrated as if there were
 * no early check; and where the properties do not tell the login for sure, or the
 * migrations do not run at start, there is no early login.
 */
class EarlyHistoryCheckTests {

	private static final String MIGRATIONS = "--migrations.package=dev.strata.autoconfigure.migrations";

	private final DebugLogEvents events = new DebugLogEvents();

	/**
	 * Listen to the check's and the run's log once Spring Boot has set logging up (which
	 * drops the appenders added before), and before the context exists.
	 */
	private void listen(ApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent) {
			this.events.listen(EarlyHistoryCheck.class.getName(), "dev.strata.UpToDateCheckAhead",
					EarlyMigrationClassScan.class.getName());
		}
	}

	@AfterEach
	void stopListening() {
		this.events.stop();
	}

	@Test
	void aStartWithNothingPendingOnPostgresqlEndsWithTheEarlyCheckWithoutStartingThePool() {
		PostgresDatabase database = TestPostgres.createDatabase();
		String[] args = { "--spring.datasource.url=" + database.jdbcUrl(),
				"--spring.datasource.username=" + database.user(),
				"--spring.datasource.password=" + database.password(), MIGRATIONS };
		try (ConfigurableApplicationContext first = start(args)) {
			assertThat(first.getBean(Strata.class).status().currentVersion()).as("applied by the first start")
				.isEqualTo(2L);
		}
		this.events.clear();
		try (ConfigurableApplicationContext second = start(args)) {
			Strata strata = second.getBean(Strata.class);
			assertThat(strata.runCount()).isEqualTo(1);
			assertThat(strata.lastFailure()).isNull();
			assertThat(((HikariDataSource) strata.dataSource()).getHikariPoolMXBean())
				.as("no connection asked of the pool while the application started")
				.isNull();
			assertThat(messages())
				.anySatisfy((message) -> assertThat(message).startsWith("The history is checked early"))
				.anySatisfy((message) -> assertThat(message).startsWith("Schema is up to date at version 2"));
			assertThat(strata.status().inState(MigrationState.APPLIED)).hasSize(2);
		}
	}

	@Test
	void aStartWithMigrationsPendingAppliesThemAfterTheEarlyCheck() {
		String url = newH2Url();
		try (ConfigurableApplicationContext context = start("--spring.datasource.url=" + url, MIGRATIONS)) {
			Strata strata = context.getBean(Strata.class);
			assertThat(messages())
				.anySatisfy((message) -> assertThat(message).startsWith("The history is checked early"));
			assertThat(strata.lastFailure()).isNull();
			assertThat(strata.status().inState(MigrationState.APPLIED)).hasSize(2);
			assertThat(tables(strata.dataSource(), "PUBLIC")).contains("THINGS");
		}
	}

	@Test
	void aMigrationBeanBesideTheScannedClassesIsAppliedAlthoughTheScannedOnesAreUpToDate() {
		String url = upToDateH2();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PooledApplication.class)
			.web(WebApplicationType.NONE)
			.listeners(this::listen)
			.initializers((initialized) -> initialized.getBeanFactory()
				.registerSingleton("thirdMigration", new V3_AddThingSize()))
			.run("--spring.datasource.url=" + url, MIGRATIONS)) {
			Strata strata = context.getBean(Strata.class);
			assertThat(messages())
				.anySatisfy((message) -> assertThat(message).startsWith("The history is checked early"));
			assertThat(strata.lastFailure()).isNull();
			assertThat(strata.status().inState(MigrationState.APPLIED)).as("the scanned classes and the bean")
				.hasSize(3);
			assertThat(strata.status().currentVersion()).isEqualTo(3L);
			assertThat(this.events.events())
				.filteredOn((event) -> event.getLoggerName().equals(EarlyMigrationClassScan.class.getName()))
				.as("the early check asked the early scan for its set; the bean, with a migration bean, did not")
				.singleElement()
				.satisfies((event) -> assertThat(event.getThreadName()).isEqualTo(EarlyHistoryCheck.THREAD_NAME));
		}
	}

	@Test
	void aDataSourceBeanForAnotherDatabaseIsMigratedAlthoughTheUrlPropertyIsUpToDate() {
		String described = upToDateH2();
		JdbcDataSource other = new JdbcDataSource();
		other.setURL(newH2Url());
		other.setUser("sa");
		try (ConfigurableApplicationContext context = start(other, "--spring.datasource.url=" + described,
				MIGRATIONS)) {
			assertThat(messages()).anySatisfy((message) -> assertThat(message)
				.startsWith("The history was checked early with the login [url=" + described + ", username=sa]"));
			assertThat(context.getBean(Strata.class).lastFailure()).isNull();
			assertThat(tables(other, "PUBLIC")).as("the database the bean migrates, not the one the URL names")
				.contains("THINGS");
		}
	}

	@Test
	void poolsThatConnectOtherwiseThanTheLoginAreMigratedThemselves() {
		String described = upToDateH2();
		createSchema(described, "TENANT");
		Map<String, Consumer<HikariDataSource>> otherwise = new LinkedHashMap<>();
		otherwise.put("another URL", (pool) -> pool.setJdbcUrl(newH2Url()));
		otherwise.put("a schema of its own", (pool) -> pool.setSchema("TENANT"));
		otherwise.put("an init SQL", (pool) -> pool.setConnectionInitSql("set schema TENANT"));
		otherwise.put("driver properties", (pool) -> pool.addDataSourceProperty("SCHEMA", "TENANT"));
		otherwise.put("a subclass", null);
		otherwise.forEach((how, configure) -> {
			this.events.clear();
			HikariDataSource pool = (configure != null) ? new HikariDataSource() : new TenantPool();
			pool.setJdbcUrl(described);
			// The login of the properties: Spring Boot gives an embedded database "sa"
			// and ""
			pool.setUsername("sa");
			pool.setPassword("");
			if (configure != null) {
				configure.accept(pool);
			}
			try (ConfigurableApplicationContext context = start(pool, "--spring.datasource.url=" + described,
					MIGRATIONS)) {
				assertThat(messages()).as(how)
					.anySatisfy((message) -> assertThat(message).startsWith("The history was checked early"))
					.noneSatisfy((message) -> assertThat(message).startsWith("The history is checked early"));
				Strata strata = context.getBean(Strata.class);
				assertThat(strata.lastFailure()).as(how).isNull();
				assertThat(strata.status().currentVersion()).as(how).isEqualTo(2L);
				if (!"another URL".equals(how)) {
					assertThat(tables(pool, "TENANT")).as(how).contains("THINGS", "STRATA_SCHEMA_HISTORY");
					dropSchema(described, "TENANT");
					createSchema(described, "TENANT");
				}
			}
		});
	}

	@Test
	void aPoolWithAnotherPasswordIsNotGivenTheCheck() {
		String described = upToDateH2();
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(described);
		pool.setUsername("sa");
		pool.setPassword("not the password");
		try (ConfigurableApplicationContext context = start(pool, "--spring.datasource.url=" + described,
				"--migrations.fail-on-error=false", MIGRATIONS)) {
			assertThat(context.getBean(Strata.class).lastFailure()).as("the run logged in with the pool's password")
				.hasMessageContaining("Wrong user name or password");
		}
	}

	@Test
	void poolPropertiesThatSetTheLoginOrTheSchemaMeanNoEarlyLogin(@TempDir Path directory) {
		String url = "jdbc:h2:file:" + directory.resolve("app");
		try (ConfigurableApplicationContext context = start("--spring.datasource.url=" + url,
				"--spring.datasource.hikari.username=app", "--spring.datasource.hikari.password=secret", MIGRATIONS)) {
			assertThat(context.containsBean(EarlyHistoryCheck.BEAN_NAME))
				.as("a login without the pool's user would create the database without it")
				.isFalse();
			assertThat(context.getBean(Strata.class).status().currentVersion()).isEqualTo(2L);
		}
		String schema = upToDateH2();
		try (ConfigurableApplicationContext context = start("--spring.datasource.url=" + schema,
				"--spring.datasource.hikari.schema=PUBLIC", MIGRATIONS)) {
			assertThat(context.containsBean(EarlyHistoryCheck.BEAN_NAME)).isFalse();
		}
	}

	@Test
	void migrationsUrlIsCheckedEarlyWithItsOwnLogin() {
		String url = newH2Url();
		String[] args = { "--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID(), "--migrations.url=" + url,
				"--migrations.username=sa", MIGRATIONS };
		try (ConfigurableApplicationContext first = start(args)) {
			assertThat(first.getBean(Strata.class).status().currentVersion()).isEqualTo(2L);
		}
		this.events.clear();
		try (ConfigurableApplicationContext second = start(args)) {
			assertThat(messages())
				.anySatisfy((message) -> assertThat(message)
					.startsWith("The history is checked early with the login [url=" + url + ", username=sa]"))
				.anySatisfy((message) -> assertThat(message).startsWith("Schema is up to date at version 2"));
			assertThat(second.getBean(Strata.class).lastFailure()).isNull();
		}
	}

	@Test
	void nothingIsCheckedEarlyWhenTheMigrationsDoNotRunAtStartRepairOrSaySo() {
		String url = "--spring.datasource.url=" + newH2Url();
		for (String setting : List.of("--migrations.run-at=never", "--migrations.repair=true",
				"--migrations.early-check=false", "--migrations.connection=dataSource")) {
			try (ConfigurableApplicationContext context = start(url, setting, MIGRATIONS)) {
				assertThat(context.containsBean(EarlyHistoryCheck.BEAN_NAME)).as(setting).isFalse();
				assertThat(context.getBean(Strata.class).status().migrations()).as(setting).hasSize(2);
			}
		}
	}

	/**
	 * A migration given as a bean, outside the scanned package.
	 */
	static class V3_AddThingSize implements Migration {

		@Override
		public void up(Schema schema) {
			schema.table("things", (table) -> table.integer("size").nullable());
		}

	}

	private List<String> messages() {
		return this.events.messages();
	}

	private ConfigurableApplicationContext start(String... args) {
		return new SpringApplicationBuilder(PooledApplication.class).web(WebApplicationType.NONE)
			.listeners(this::listen)
			.run(args);
	}

	/**
	 * Start the application with a data source bean of its own, so that Spring Boot
	 * creates none.
	 */
	private ConfigurableApplicationContext start(DataSource dataSource, String... args) {
		return new SpringApplicationBuilder(PooledApplication.class).web(WebApplicationType.NONE)
			.listeners(this::listen)
			.initializers((context) -> context.getBeanFactory().registerSingleton("applicationDataSource", dataSource))
			.run(args);
	}

	/**
	 * Return the URL of a new in-memory H2 database with the migrations applied by a
	 * first start.
	 */
	private String upToDateH2() {
		String url = newH2Url();
		try (ConfigurableApplicationContext first = start("--spring.datasource.url=" + url, MIGRATIONS)) {
			assertThat(first.getBean(Strata.class).status().currentVersion()).isEqualTo(2L);
		}
		this.events.clear();
		return url;
	}

	private static String newH2Url() {
		return "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
	}

	private static void createSchema(String url, String schema) {
		execute(url, "create schema " + schema);
	}

	private static void dropSchema(String url, String schema) {
		execute(url, "drop schema " + schema + " cascade");
	}

	private static void execute(String url, String sql) {
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> tables(DataSource dataSource, String schema) {
		try (Connection connection = dataSource.getConnection();
				var result = connection.getMetaData().getTables(null, schema, "%", new String[] { "TABLE" })) {
			List<String> names = new ArrayList<>();
			while (result.next()) {
				names.add(result.getString("TABLE_NAME"));
			}
			return names;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, MigrationsAutoConfiguration.class })
	static class PooledApplication {

	}

	/**
	 * A pool with the login of the properties whose connections go to another schema: a
	 * subclass may connect otherwise than its URL and login say.
	 */
	static class TenantPool extends HikariDataSource {

		@Override
		public Connection getConnection() throws SQLException {
			Connection connection = super.getConnection();
			connection.setSchema("TENANT");
			return connection;
		}

	}

}
