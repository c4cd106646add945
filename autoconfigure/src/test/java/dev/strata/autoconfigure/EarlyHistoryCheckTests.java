package dev.strata.autoconfigure;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.zaxxer.hikari.HikariDataSource;
import dev.strata.Strata;
import dev.strata.runner.MigrationState;
import dev.strata.testing.PostgresDatabase;
import dev.strata.testing.TestPostgres;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

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
 * no early check.
 */
class EarlyHistoryCheckTests {

	private static final String MIGRATIONS = "--migrations.package=dev.strata.autoconfigure.migrations";

	private final ListAppender<ILoggingEvent> events = new ListAppender<>();

	private final List<Logger> listened = new ArrayList<>();

	/**
	 * Listen to the check's and the run's log once Spring Boot has set logging up (which
	 * drops the appenders added before), and before the context exists.
	 */
	private void listen(ApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent) {
			this.events.start();
			for (String name : List.of(EarlyHistoryCheck.class.getName(), "dev.strata.UpToDateCheckAhead")) {
				Logger logger = (Logger) LoggerFactory.getLogger(name);
				logger.setLevel(Level.DEBUG);
				logger.addAppender(this.events);
				this.listened.add(logger);
			}
		}
	}

	@AfterEach
	void stopListening() {
		for (Logger logger : this.listened) {
			logger.detachAppender(this.events);
			logger.setLevel(null);
		}
	}

	@Test
	void aStartWithNothingPendingOnPostgresqlEndsWithTheEarlyCheckWithoutStartingThePool() {
		PostgresDatabase database = TestPostgres.createDatabase();
		String[] args = { "--spring.datasource.url=" + database.jdbcUrl(),
				"--spring.datasource.username=" + database.user(),
				"--spring.datasource.password=" + database.password(), MIGRATIONS };
		try (ConfigurableApplicationContext first = start(PooledApplication.class, args)) {
			assertThat(first.getBean(Strata.class).status().currentVersion()).as("applied by the first start")
				.isEqualTo(2L);
		}
		this.events.list.clear();
		try (ConfigurableApplicationContext second = start(PooledApplication.class, args)) {
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
		String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		try (ConfigurableApplicationContext context = start(PooledApplication.class, "--spring.datasource.url=" + url,
				MIGRATIONS)) {
			Strata strata = context.getBean(Strata.class);
			assertThat(messages())
				.anySatisfy((message) -> assertThat(message).startsWith("The history is checked early"));
			assertThat(strata.lastFailure()).isNull();
			assertThat(strata.status().inState(MigrationState.APPLIED)).hasSize(2);
			assertThat(tables(strata.dataSource(), "PUBLIC")).contains("THINGS");
		}
	}

	@Test
	void aDataSourceBeanForAnotherDatabaseIsMigratedAlthoughTheUrlPropertyIsUpToDate() {
		String described = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		try (ConfigurableApplicationContext first = start(PooledApplication.class,
				"--spring.datasource.url=" + described, MIGRATIONS)) {
			assertThat(first.getBean(Strata.class).status().currentVersion()).isEqualTo(2L);
		}
		this.events.list.clear();
		JdbcDataSource other = new JdbcDataSource();
		other.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		other.setUser("sa");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PooledApplication.class)
			.web(WebApplicationType.NONE)
			.listeners(this::listen)
			.initializers((applicationContext) -> applicationContext.getBeanFactory()
				.registerSingleton("otherDataSource", other))
			.run("--spring.datasource.url=" + described, MIGRATIONS)) {
			assertThat(messages()).anySatisfy((message) -> assertThat(message)
				.startsWith("The history was checked early with MigrationsLogin[url=" + described));
			assertThat(context.getBean(Strata.class).lastFailure()).isNull();
			assertThat(tables(other, "PUBLIC")).as("the database the bean migrates, not the one the URL names")
				.contains("THINGS");
		}
	}

	@Test
	void aPoolThatConnectsToAnotherSchemaIsMigratedAlthoughTheDefaultSchemaIsUpToDate() throws SQLException {
		String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		try (ConfigurableApplicationContext first = start(PooledApplication.class, "--spring.datasource.url=" + url,
				MIGRATIONS)) {
			try (Connection connection = first.getBean(Strata.class).dataSource().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("create schema tenant");
			}
		}
		this.events.list.clear();
		try (ConfigurableApplicationContext context = start(PooledApplication.class, "--spring.datasource.url=" + url,
				"--spring.datasource.hikari.schema=TENANT", MIGRATIONS)) {
			Strata strata = context.getBean(Strata.class);
			assertThat(messages())
				.anySatisfy((message) -> assertThat(message).startsWith("The history was checked early"))
				.noneSatisfy((message) -> assertThat(message).startsWith("The history is checked early"));
			assertThat(strata.lastFailure()).isNull();
			assertThat(tables(strata.dataSource(), "TENANT")).contains("THINGS", "STRATA_SCHEMA_HISTORY");
		}
	}

	@Test
	void migrationsUrlIsCheckedEarlyWithItsOwnLogin() {
		String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		String[] args = { "--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID(), "--migrations.url=" + url,
				"--migrations.username=sa", MIGRATIONS };
		try (ConfigurableApplicationContext first = start(PooledApplication.class, args)) {
			assertThat(first.getBean(Strata.class).status().currentVersion()).isEqualTo(2L);
		}
		this.events.list.clear();
		try (ConfigurableApplicationContext second = start(PooledApplication.class, args)) {
			assertThat(messages())
				.anySatisfy((message) -> assertThat(message)
					.startsWith("The history is checked early with MigrationsLogin[url=" + url + ", username=sa"))
				.anySatisfy((message) -> assertThat(message).startsWith("Schema is up to date at version 2"));
			assertThat(second.getBean(Strata.class).lastFailure()).isNull();
		}
	}

	@Test
	void nothingIsCheckedEarlyWhenMigrationsDoNotRunAtStartOrRepair() {
		String url = "--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		try (ConfigurableApplicationContext never = start(PooledApplication.class, url, "--migrations.run-at=never",
				MIGRATIONS)) {
			assertThat(never.containsBean(EarlyHistoryCheck.BEAN_NAME)).isFalse();
		}
		try (ConfigurableApplicationContext repair = start(PooledApplication.class, url, "--migrations.repair=true",
				MIGRATIONS)) {
			assertThat(repair.containsBean(EarlyHistoryCheck.BEAN_NAME)).isFalse();
			assertThat(repair.getBean(Strata.class).status().currentVersion()).isEqualTo(2L);
		}
	}

	private List<String> messages() {
		return this.events.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
	}

	private ConfigurableApplicationContext start(Class<?> application, String... args) {
		return new SpringApplicationBuilder(application).web(WebApplicationType.NONE).listeners(this::listen).run(args);
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

}
