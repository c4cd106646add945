package dev.strata.autoconfigure;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.strata.Strata;
import dev.strata.actuate.health.MigrationsHealthIndicator;
import dev.strata.autoconfigure.entities.Thing;
import dev.strata.runner.RollbackTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class MigrationsHealthContributorAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				DataSourceTransactionManagerAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
				MigrationsAutoConfiguration.class, MigrationsHealthContributorAutoConfiguration.class))
		.withUserConfiguration(EntitiesConfiguration.class)
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
				"migrations.package=dev.strata.autoconfigure.migrations", "migrations.run-at=never");

	@Test
	void runWhenHealthIndicatorIsDisabledShouldNotHaveHealthIndicator() {
		this.contextRunner.withPropertyValues("management.health.migrations.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrationsHealthIndicator.class));
	}

	@Test
	void pendingMigrationsAndMissingTablesMakeHealthDown() {
		this.contextRunner.run((context) -> {
			Health health = context.getBean(MigrationsHealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("pending", List.of(1L, 2L));
			assertThat(differences(health)).extracting((difference) -> difference.get("kind"))
				.containsExactly("MISSING_TABLE");
		});
	}

	@Test
	void healthIsUpOnceMigratedAndDownAgainOnDrift() {
		this.contextRunner.withPropertyValues("migrations.health.cache-time-to-live=0s").run((context) -> {
			context.getBean(Strata.class).migrate();
			MigrationsHealthIndicator indicator = context.getBean(MigrationsHealthIndicator.class);
			assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
			new JdbcTemplate(context.getBean(javax.sql.DataSource.class))
				.execute("alter table things drop column color");
			Health health = indicator.health();
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(differences(health)).singleElement()
				.satisfies((difference) -> assertThat(difference).containsEntry("table", "things")
					.containsEntry("column", "color")
					.containsEntry("kind", "MISSING_COLUMN"));
		});
	}

	@Test
	void aChangeOfStatusIsLogged(CapturedOutput output) {
		this.contextRunner.withPropertyValues("migrations.health.cache-time-to-live=0s").run((context) -> {
			context.getBean(Strata.class).migrate();
			MigrationsHealthIndicator indicator = context.getBean(MigrationsHealthIndicator.class);
			indicator.health();
			assertThat(output).doesNotContain("Migrations health is");
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(javax.sql.DataSource.class));
			jdbc.execute("alter table things drop column color");
			indicator.health();
			indicator.health();
			assertThat(output.getOut().split("Migrations health is DOWN", -1)).hasSize(2);
			assertThat(output).contains("Migrations health is DOWN, 1 difference(s) between the database and the "
					+ "entities, the first: Column [things.color] is missing. Details: /actuator/health/migrations "
					+ "and /actuator/migrations/validate");
			jdbc.execute("alter table things add column color varchar(20)");
			indicator.health();
			assertThat(output).contains("Migrations health is UP again");
		});
	}

	@Test
	void healthIsCachedForItsTimeToLive() {
		this.contextRunner.withPropertyValues("migrations.health.cache-time-to-live=1h").run((context) -> {
			MigrationsHealthIndicator indicator = context.getBean(MigrationsHealthIndicator.class);
			Health before = indicator.health();
			new JdbcTemplate(context.getBean(javax.sql.DataSource.class))
				.execute("create table things (id bigint primary key)");
			assertThat(indicator.health()).isSameAs(before);
		});
	}

	@Test
	void migratingOrRollingBackThroughStrataMakesTheNextHealthCheckFresh() {
		this.contextRunner.withPropertyValues("migrations.health.cache-time-to-live=1h").run((context) -> {
			MigrationsHealthIndicator indicator = context.getBean(MigrationsHealthIndicator.class);
			Strata strata = context.getBean(Strata.class);
			Health pending = indicator.health();
			assertThat(pending.getStatus()).isEqualTo(Status.DOWN);
			assertThat(pending.getDetails()).containsEntry("pending", List.of(1L, 2L));
			strata.migrate();
			Health migrated = indicator.health();
			assertThat(migrated.getStatus()).isEqualTo(Status.UP);
			assertThat(migrated.getDetails()).containsEntry("currentVersion", 2L).doesNotContainKey("pending");
			assertThat(indicator.health()).as("cached again until the next run").isSameAs(migrated);
			strata.rollback(RollbackTarget.steps(1));
			Health rolledBack = indicator.health();
			assertThat(rolledBack.getStatus()).isEqualTo(Status.DOWN);
			assertThat(rolledBack.getDetails()).containsEntry("currentVersion", 1L)
				.containsEntry("pending", List.of(2L));
		});
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> differences(Health health) {
		return (List<Map<String, Object>>) health.getDetails().get("differences");
	}

	@Configuration(proxyBeanMethods = false)
	@EntityScan(basePackageClasses = Thing.class)
	static class EntitiesConfiguration {

	}

}
