package dev.strata.autoconfigure;

import java.util.List;

import dev.strata.autoconfigure.entities.Thing;
import dev.strata.testing.TestH2;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * When Hibernate's own schema validation stops an application, the failure analysis tells
 * a missing migration from a database that drifted away from its migrations.
 */
@ExtendWith(OutputCaptureExtension.class)
class HibernateSchemaValidationFailureAnalyzerTests {

	private static final String GENERATE = "./mvnw strata:generate";

	private static final String DRIFT = "The database differs from what the migrations build";

	@Test
	void databaseChangedByHandWhileTheMigrationsMatchTheEntitiesPointsAtDrift(CapturedOutput output) {
		String url = TestH2.jdbcUrl();
		try (ConfigurableApplicationContext migrated = start(url,
				"migrations.package=dev.strata.autoconfigure.migrations", "migrations.run-at=startup",
				"spring.jpa.hibernate.ddl-auto=none")) {
			assertThat(migrated.isActive()).isTrue();
		}
		new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""))
			.execute("alter table things alter column color set data type integer");
		Throwable failure = catchThrowable(() -> start(url, "migrations.package=dev.strata.autoconfigure.migrations",
				"spring.jpa.hibernate.ddl-auto=validate"));
		assertThat(HibernateSchemaValidationFailureAnalyzer.findSchemaValidationFailure(failure))
			.hasMessageContaining("wrong column type encountered in column [color] in table [things]");
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("The migrations already build what the entities declare. The database differs from the "
					+ "entities:\n    Column [things.color] has type integer, expected varchar(20)")
			.contains(DRIFT)
			.contains("GET /actuator/migrations/validate: it lists the differences between the database and the "
					+ "entities")
			.doesNotContain(GENERATE)
			.doesNotContain("Migrations are pending")
			.doesNotContain("If migrations are pending");
	}

	@Test
	void entitiesAheadOfTheMigrationsPointAtGenerate(CapturedOutput output) {
		Throwable failure = catchThrowable(() -> start(TestH2.jdbcUrl(),
				"migrations.package=dev.strata.autoconfigure.none", "spring.jpa.hibernate.ddl-auto=validate"));
		assertThat(HibernateSchemaValidationFailureAnalyzer.findSchemaValidationFailure(failure))
			.hasMessageContaining("missing table [things]");
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains(GENERATE)
			.contains("GET /actuator/migrations/generate")
			.doesNotContain("The migrations already build what the entities declare")
			.doesNotContain(DRIFT);
	}

	@Test
	void migrationsThatMatchTheEntitiesButHaveNotRunAreToRunFirst(CapturedOutput output) {
		Throwable failure = catchThrowable(
				() -> start(TestH2.jdbcUrl(), "migrations.package=dev.strata.autoconfigure.migrations",
						"migrations.run-at=never", "spring.jpa.hibernate.ddl-auto=validate"));
		assertThat(HibernateSchemaValidationFailureAnalyzer.findSchemaValidationFailure(failure))
			.hasMessageContaining("missing table [things]");
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("The migrations already build what the entities declare.")
			.contains("Migrations are pending, and Hibernate validated before they ran: let them run first")
			.contains("If Hibernate's validation still fails then: " + DRIFT)
			.doesNotContain(GENERATE);
	}

	@Test
	void withoutTheCheckTheAnalysisGivesItsGeneralAdvice() {
		SchemaManagementException failure = new SchemaManagementException("Schema-validation: missing table [things]");
		for (FailureAnalysis analysis : new FailureAnalysis[] {
				new HibernateSchemaValidationFailureAnalyzer(null).analyze(failure),
				new HibernateSchemaValidationFailureAnalyzer(new DefaultListableBeanFactory()).analyze(failure) }) {
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("missing table [things]");
			assertThat(analysis.getAction()).contains(GENERATE).doesNotContain(DRIFT);
		}
	}

	@Test
	void migrationsMatchingTheEntitiesWithMigrationsPendingSayToRunThemFirst() {
		DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
		beanFactory.registerSingleton(HibernateSchemaValidationFailureCheck.RESULT_BEAN_NAME,
				new HibernateSchemaValidationFailureCheck.Result(true, true, null));
		FailureAnalysis analysis = new HibernateSchemaValidationFailureAnalyzer(beanFactory)
			.analyze(new SchemaManagementException("Schema-validation: missing table [things]"));
		assertThat(analysis).isNotNull();
		assertThat(analysis.getAction()).startsWith("Migrations are pending, and Hibernate validated before they ran")
			.contains("If Hibernate's validation still fails then: " + DRIFT)
			.doesNotContain(GENERATE);
	}

	@Test
	void aDifferenceOnlyHibernateSeesIsCalledSo() {
		DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
		beanFactory.registerSingleton(HibernateSchemaValidationFailureCheck.RESULT_BEAN_NAME,
				new HibernateSchemaValidationFailureCheck.Result(true, false, List.of()));
		FailureAnalysis analysis = new HibernateSchemaValidationFailureAnalyzer(beanFactory)
			.analyze(new SchemaManagementException(
					"Schema validation: wrong column type encountered in column " + "[rating] in table [reviews]"));
		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription())
			.endsWith("Strata finds no difference between the database and the entities either.");
		assertThat(analysis.getAction()).startsWith("Hibernate's validation sees a difference that Strata does not")
			.doesNotContain(GENERATE)
			.doesNotContain(DRIFT);
	}

	private static ConfigurableApplicationContext start(String url, String... properties) {
		return new SpringApplicationBuilder(JpaApplication.class).web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "spring.datasource.url=" + url)
			.properties(properties)
			.run();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@EntityScan(basePackageClasses = Thing.class)
	static class JpaApplication {

	}

}
