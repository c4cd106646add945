package dev.strata.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.strata.Strata;
import dev.strata.migration.Migration;
import dev.strata.migration.Schema;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code migrations.run-at=ready}, the application refuses traffic while its
 * migrations run, and accepts it once they are done.
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
