package dev.strata.autoconfigure;

import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Explains a failed start caused by Hibernate's own schema validation
 * ({@code spring.jpa.hibernate.ddl-auto=validate}) in an application whose schema Strata
 * migrates, and what to do about it. When {@link HibernateSchemaValidationFailureCheck}
 * found that the migrations already build what the entities declare, generating a
 * migration would produce nothing, and the analysis says why it failed instead:
 * migrations were pending, the database differs from what the migrations build (listed as
 * Strata sees it), or, when Strata sees no difference, Hibernate's validation sees one
 * that Strata does not. Otherwise, or when that check could not run, the entities declare
 * something no migration builds yet. Hibernate's exception is recognized by name, so that
 * applications without Hibernate can load this analyzer.
 */
class HibernateSchemaValidationFailureAnalyzer implements FailureAnalyzer {

	private static final String SCHEMA_MANAGEMENT_EXCEPTION = "org.hibernate.tool.schema.spi.SchemaManagementException";

	private static final String PENDING_ACTION = "If migrations are pending, let them run before JPA validates: "
			+ "migrations.run-at=startup (the default when ddl-auto=validate).";

	private static final String DRIFT_ACTION = "The database differs from what the migrations build (it was "
			+ "changed by hand, for example), or Hibernate's validation sees a difference that Strata does not, so "
			+ "there is no migration to generate. Start the application with spring.jpa.hibernate.ddl-auto=none and "
			+ "GET /actuator/migrations/validate: it lists the differences between the database and the entities. "
			+ "Then bring the database back to what the migrations build, or write a migration that changes it "
			+ "deliberately.";

	private static final String PENDING_FIRST_ACTION = "Migrations are pending, and Hibernate validated before they "
			+ "ran: let them run first, with migrations.run-at=startup (the default when ddl-auto=validate). If "
			+ "Hibernate's validation still fails then: ";

	private static final String HIBERNATE_ONLY_ACTION = "Hibernate's validation sees a difference that Strata does "
			+ "not (a limitation of either), so there is no migration to generate and nothing to repair. Compare "
			+ "the column with the entity's mapping, and if the database is right, turn Hibernate's validation off "
			+ "(spring.jpa.hibernate.ddl-auto=none): the migrations health indicator and GET "
			+ "/actuator/migrations/validate keep comparing the database with the entities.";

	private final @Nullable BeanFactory beanFactory;

	/**
	 * Create an analyzer.
	 * @param beanFactory the bean factory of the failed context, {@code null} if the
	 * application failed before it had one
	 */
	HibernateSchemaValidationFailureAnalyzer(@Nullable BeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	public @Nullable FailureAnalysis analyze(Throwable failure) {
		Throwable cause = findSchemaValidationFailure(failure);
		if (cause == null) {
			return null;
		}
		String description = "Hibernate's schema validation (spring.jpa.hibernate.ddl-auto=validate) failed: "
				+ cause.getMessage();
		HibernateSchemaValidationFailureCheck.@Nullable Result check = check();
		if (check != null && check.migrationsMatchEntities()) {
			return new FailureAnalysis(description + "\n\nThe migrations already build what the entities declare."
					+ describe(check.databaseDifferences()), action(check), cause);
		}
		return new FailureAnalysis(description,
				"If the entities declare something no migration builds yet, generate the next migration and "
						+ "add it to the migrations package: from the build with './mvnw strata:generate', or "
						+ "start the application once with spring.jpa.hibernate.ddl-auto=none and GET "
						+ "/actuator/migrations/generate. " + PENDING_ACTION,
				cause);
	}

	private static String describe(@Nullable List<String> databaseDifferences) {
		if (databaseDifferences == null) {
			return "";
		}
		if (databaseDifferences.isEmpty()) {
			return " Strata finds no difference between the database and the entities either.";
		}
		return databaseDifferences.stream()
			.map((difference) -> "\n    " + difference)
			.collect(Collectors.joining("", " The database differs from the entities:", ""));
	}

	private static String action(HibernateSchemaValidationFailureCheck.Result check) {
		List<String> differences = check.databaseDifferences();
		if (check.migrationsPending()) {
			return PENDING_FIRST_ACTION + DRIFT_ACTION;
		}
		if (differences != null && differences.isEmpty()) {
			return HIBERNATE_ONLY_ACTION;
		}
		return DRIFT_ACTION;
	}

	private HibernateSchemaValidationFailureCheck.@Nullable Result check() {
		if (this.beanFactory == null) {
			return null;
		}
		try {
			return HibernateSchemaValidationFailureCheck.find(this.beanFactory);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/**
	 * Return Hibernate's schema validation failure among the causes of a failure.
	 * @param failure the failure
	 * @return Hibernate's exception, or {@code null} if it is not among the causes
	 */
	static @Nullable Throwable findSchemaValidationFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (SCHEMA_MANAGEMENT_EXCEPTION.equals(cause.getClass().getName())) {
				return cause;
			}
		}
		return null;
	}

}
