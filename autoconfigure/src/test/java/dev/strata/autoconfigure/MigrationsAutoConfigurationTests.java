package dev.strata.autoconfigure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import dev.strata.Strata;
import dev.strata.autoconfigure.entities.Thing;
import dev.strata.migration.Migration;
import dev.strata.migration.Schema;
import dev.strata.runner.MigrationException;
import dev.strata.runner.MigrationState;
import dev.strata.runner.TransactionMode;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationsAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrationsAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
				"migrations.package=dev.strata.autoconfigure.migrations");

	@Test
	void backsOffWhenMigrationsEnabledIsFalse() {
		this.contextRunner.withPropertyValues("migrations.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(Strata.class));
	}

	@Test
	void backsOffWithNoDataSourceBeanAndNoMigrationsUrl() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(Strata.class));
	}

	@Test
	void backsOffWithoutStrataOnTheClasspath() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(Migration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(Strata.class));
	}

	@Test
	void runAtReadyRegistersTheReadyRunnerOnly() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(Strata.class);
			assertThat(context).hasSingleBean(MigrationsReadyRunner.class);
			assertThat(context).doesNotHaveBean(MigrationsInitializer.class);
			assertThat(context.getBean(Strata.class).status().inState(MigrationState.PENDING)).hasSize(2);
		});
	}

	@Test
	void runAtStartupMigratesWhileTheContextStarts() {
		this.contextRunner.withPropertyValues("migrations.run-at=startup").run((context) -> {
			assertThat(context).hasSingleBean(MigrationsInitializer.class);
			assertThat(context).doesNotHaveBean(MigrationsReadyRunner.class);
			assertThat(context.getBean(Strata.class).status().currentVersion()).isEqualTo(2L);
			assertThat(columns(context.getBean(DataSource.class), "THINGS")).containsExactly("ID", "NAME", "COLOR");
		});
	}

	@Test
	void runAtNeverOnlyReports() {
		this.contextRunner.withPropertyValues("migrations.run-at=never").run((context) -> {
			assertThat(context).doesNotHaveBean(MigrationsInitializer.class);
			assertThat(context).doesNotHaveBean(MigrationsReadyRunner.class);
			assertThat(context.getBean(Strata.class).status().inState(MigrationState.PENDING)).hasSize(2);
		});
	}

	@Test
	void runAtStartupRunsBeforeJpaSoThatHibernateValidatesTheMigratedSchema() {
		this.contextRunner
			.withConfiguration(AutoConfigurations.of(HibernateJpaAutoConfiguration.class,
					DataSourceTransactionManagerAutoConfiguration.class))
			.withUserConfiguration(EntitiesConfiguration.class)
			.withPropertyValues("migrations.run-at=startup", "spring.jpa.hibernate.ddl-auto=validate")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				Strata strata = context.getBean(Strata.class);
				assertThat(strata.validate().problems()).isEmpty();
				assertThat(strata.generate(null, dev.strata.diff.Renames.none()).upToDate()).isTrue();
			});
	}

	@Test
	void runAtReadyLeavesJpaAheadOfTheMigrationsSoHibernateValidationFails() {
		this.contextRunner
			.withConfiguration(AutoConfigurations.of(HibernateJpaAutoConfiguration.class,
					DataSourceTransactionManagerAutoConfiguration.class))
			.withUserConfiguration(EntitiesConfiguration.class)
			.withPropertyValues("migrations.run-at=ready", "spring.jpa.hibernate.ddl-auto=validate")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new HibernateSchemaValidationFailureAnalyzer(null)
					.analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).contains("missing table [things]");
				assertThat(analysis.getAction()).contains("./mvnw strata:generate")
					.contains("GET /actuator/migrations/generate")
					.contains("migrations.run-at=startup");
			});
	}

	@Test
	void unsetRunAtMeansStartupWhenHibernateValidatesTheSchema() {
		this.contextRunner
			.withConfiguration(AutoConfigurations.of(HibernateJpaAutoConfiguration.class,
					DataSourceTransactionManagerAutoConfiguration.class))
			.withUserConfiguration(EntitiesConfiguration.class)
			.withPropertyValues("spring.jpa.hibernate.ddl-auto=validate")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).hasSingleBean(MigrationsInitializer.class);
				assertThat(context).doesNotHaveBean(MigrationsReadyRunner.class);
			});
	}

	@Test
	void theSchemaIsReportedManagedSoHibernateDoesNotCreateItOnAnEmbeddedDatabase() {
		this.contextRunner
			.withConfiguration(AutoConfigurations.of(HibernateJpaAutoConfiguration.class,
					DataSourceTransactionManagerAutoConfiguration.class))
			.withUserConfiguration(EntitiesConfiguration.class)
			.withPropertyValues("migrations.run-at=never")
			.run((context) -> {
				DataSource dataSource = context.getBean(DataSource.class);
				assertThat(context.getBean(MigrationsSchemaManagementProvider.class).getSchemaManagement(dataSource))
					.isEqualTo(SchemaManagement.MANAGED);
				assertThat(columns(dataSource, "THINGS")).isEmpty();
			});
	}

	@Test
	void migrationBeansAndScannedClassesAreFoundOnce() {
		this.contextRunner.withUserConfiguration(MigrationBeansConfiguration.class).run((context) -> {
			List<Long> versions = context.getBean(Strata.class)
				.status()
				.migrations()
				.stream()
				.map((migration) -> migration.version())
				.toList();
			assertThat(versions).containsExactly(1L, 2L, 3L);
		});
	}

	@Test
	void propertiesReachTheRunner() {
		this.contextRunner
			.withPropertyValues("migrations.table=my_history", "migrations.transaction=each",
					"migrations.out-of-order=true", "migrations.lock-timeout=5s", "migrations.installed-by=deployer")
			.run((context) -> {
				Strata strata = context.getBean(Strata.class);
				assertThat(strata.settings().table()).isEqualTo("my_history");
				assertThat(strata.settings().transactionMode()).isEqualTo(TransactionMode.EACH);
				assertThat(strata.settings().outOfOrder()).isTrue();
				assertThat(strata.settings().lockTimeout()).hasSeconds(5);
				assertThat(strata.settings().installedBy()).isEqualTo("deployer");
				assertThat(strata.migrationsPackage()).isEqualTo("dev.strata.autoconfigure.migrations");
			});
	}

	@Test
	void namedConnectionIsMigratedInsteadOfThePrimaryDataSource() {
		this.contextRunner.withUserConfiguration(SecondDataSourceConfiguration.class)
			.withPropertyValues("migrations.connection=reportingDataSource", "migrations.run-at=startup")
			.run((context) -> {
				DataSource reporting = context.getBean("reportingDataSource", DataSource.class);
				assertThat(context.getBean(Strata.class).dataSource()).isSameAs(reporting);
				assertThat(columns(reporting, "THINGS")).containsExactly("ID", "NAME", "COLOR");
			});
	}

	@Test
	void ownUrlIsMigratedInsteadOfThePrimaryDataSource() {
		String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		this.contextRunner
			.withPropertyValues("migrations.url=" + url, "migrations.username=sa", "migrations.run-at=startup")
			.run((context) -> {
				DataSource own = context.getBean(Strata.class).dataSource();
				assertThat(own).isNotSameAs(context.getBean(DataSource.class));
				assertThat(columns(own, "THINGS")).containsExactly("ID", "NAME", "COLOR");
				assertThat(columns(context.getBean(DataSource.class), "THINGS")).isEmpty();
			});
	}

	@Test
	void failedRunAtStartupStopsTheContextWithAFailureAnalysis() {
		this.contextRunner
			.withPropertyValues("migrations.package=dev.strata.autoconfigure.failing", "migrations.run-at=startup")
			.run((context) -> {
				assertThat(context).hasFailed();
				MigrationException cause = findCause(context.getStartupFailure());
				assertThat(cause.getMigration()).isEqualTo("V2_BreakThings");
				FailureAnalysis analysis = new MigrationsFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("Migration [V2_BreakThings]")
					.contains("Statement: insert into no_such_table values (1)");
				assertThat(analysis.getAction()).startsWith("Fix migration [V2_BreakThings]");
			});
	}

	@Test
	void failedRunWithoutFailOnErrorKeepsTheApplicationAndReportsTheFailure() {
		this.contextRunner
			.withPropertyValues("migrations.package=dev.strata.autoconfigure.failing", "migrations.run-at=startup",
					"migrations.fail-on-error=false")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				Strata strata = context.getBean(Strata.class);
				assertThat(strata.status().inState(MigrationState.FAILED)).singleElement()
					.satisfies((migration) -> assertThat(migration.errorMessage()).contains("no_such_table"));
				assertThat(columns(context.getBean(DataSource.class), "THINGS")).isEmpty();
			});
	}

	private static MigrationException findCause(Throwable failure) {
		Throwable candidate = failure;
		while (candidate != null && !(candidate instanceof MigrationException)) {
			candidate = candidate.getCause();
		}
		assertThat(candidate).isInstanceOf(MigrationException.class);
		return (MigrationException) candidate;
	}

	static List<String> columns(DataSource dataSource, String table) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (Connection connection = dataSource.getConnection();
				ResultSet result = connection.getMetaData().getColumns(null, "PUBLIC", table, null)) {
			while (result.next()) {
				columns.add(result.getString("COLUMN_NAME"));
			}
		}
		return columns;
	}

	@Configuration(proxyBeanMethods = false)
	@EntityScan(basePackageClasses = Thing.class)
	static class EntitiesConfiguration {

	}

	@Configuration(proxyBeanMethods = false)
	static class MigrationBeansConfiguration {

		@Bean
		dev.strata.autoconfigure.migrations.V1_CreateThings scannedAndBean() {
			return new dev.strata.autoconfigure.migrations.V1_CreateThings();
		}

		@Bean
		Migration thirdMigration() {
			return new V3_AddThingIndex();
		}

	}

	static class V3_AddThingIndex implements Migration {

		@Override
		public void up(Schema schema) {
			schema.table("things", (table) -> table.index("name"));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class SecondDataSourceConfiguration {

		@Bean
		DataSource reportingDataSource() {
			return new SimpleDriverDataSource(new org.h2.Driver(),
					"jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
		}

	}

}
