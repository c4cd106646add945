package dev.strata.autoconfigure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import dev.strata.Strata;
import dev.strata.migration.Migration;
import dev.strata.migration.Schema;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code migrations.run-at=ready}, the application refuses traffic while its
 * migrations run, and accepts it once they are done; a start with nothing pending ends
 * with the check made while the context started, without the lock.
 */
class MigrationsReadyRunnerTests {

	@Test
	void readinessRefusesTrafficWhileMigrationsRun() {
		List<ReadinessState> seenWhileMigrating = new ArrayList<>();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ReadyApplication.class)
			.web(WebApplicationType.NONE)
			.initializers((applicationContext) -> applicationContext.getBeanFactory()
				.registerSingleton("readinessProbe", new ReadinessProbe(seenWhileMigrating)))
			.run("--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
					"--migrations.package=dev.strata.autoconfigure.migrations")) {
			assertThat(seenWhileMigrating).containsOnly(ReadinessState.REFUSING_TRAFFIC).isNotEmpty();
			assertThat(context.getBean(ApplicationAvailability.class).getReadinessState())
				.isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
			assertThat(context.getBean(Strata.class).status().currentVersion()).isEqualTo(3L);
		}
	}

	@Test
	void aStartWithNothingPendingEndsWithTheCheckMadeWhileTheContextStarted() {
		String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		List<String> firstStart = startCountingConnections(url);
		assertThat(firstStart).as("the first start applies, on the thread starting the application")
			.contains(Thread.currentThread().getName());
		List<String> secondStart = startCountingConnections(url);
		// Which thread makes them depends on who gets there first in so small a context;
		// a locked run would add two (the lock's connection and the run's, on H2).
		assertThat(secondStart).as("the dialect's and the check's connections only").hasSize(2);
	}

	private static List<String> startCountingConnections(String url) {
		List<String> threads = new CopyOnWriteArrayList<>();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CountingApplication.class)
			.web(WebApplicationType.NONE)
			.initializers((applicationContext) -> applicationContext.getBeanFactory()
				.registerSingleton("countingDataSource", countingDataSource(url, threads)))
			.run("--migrations.package=dev.strata.autoconfigure.migrations")) {
			Strata strata = context.getBean(Strata.class);
			assertThat(strata.runCount()).as("the run at ready").isEqualTo(1);
			assertThat(strata.lastFailure()).isNull();
			List<String> seen = List.copyOf(threads);
			assertThat(strata.status().currentVersion()).isEqualTo(2L);
			return seen;
		}
	}

	private static DataSource countingDataSource(String url, List<String> threads) {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL(url);
		h2.setUser("sa");
		return new DelegatingDataSource(h2) {

			@Override
			public Connection getConnection() throws SQLException {
				threads.add(Thread.currentThread().getName());
				return super.getConnection();
			}

		};
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(MigrationsAutoConfiguration.class)
	static class CountingApplication {

	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, MigrationsAutoConfiguration.class })
	static class ReadyApplication {

		@Bean
		ApplicationAvailabilityBean applicationAvailability() {
			return new ApplicationAvailabilityBean();
		}

		@Bean
		Migration readinessRecordingMigration(ReadinessProbe probe, ApplicationAvailability availability) {
			return new V3_RecordReadiness(probe, availability);
		}

	}

	record ReadinessProbe(List<ReadinessState> states) {

	}

	static class V3_RecordReadiness implements Migration {

		private final ReadinessProbe probe;

		private final ApplicationAvailability availability;

		V3_RecordReadiness(ReadinessProbe probe, ApplicationAvailability availability) {
			this.probe = probe;
			this.availability = availability;
		}

		@Override
		public void up(Schema schema) {
			this.probe.states().add(this.availability.getReadinessState());
			schema.table("things", (table) -> table.index("name"));
		}

	}

}
