package dev.strata.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Explains a failed start caused by Hibernate's own schema validation
 * ({@code spring.jpa.hibernate.ddl-auto=validate}) in an application whose schema Strata
 * migrates: the entities declare something no migration builds yet, and what to do about
 * it. Hibernate's exception is recognized by name, so that applications without Hibernate
 * can load this analyzer.
 */
class HibernateSchemaValidationFailureAnalyzer implements FailureAnalyzer {

	private static final String SCHEMA_MANAGEMENT_EXCEPTION = "org.hibernate.tool.schema.spi.SchemaManagementException";

	@Override
	public @Nullable FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (SCHEMA_MANAGEMENT_EXCEPTION.equals(cause.getClass().getName())) {
				return new FailureAnalysis(
						"Hibernate's schema validation (spring.jpa.hibernate.ddl-auto=validate) failed: "
								+ cause.getMessage(),
						"If the entities declare something no migration builds yet, generate the next migration and "
								+ "add it to the migrations package: from the build with './mvnw strata:generate', or "
								+ "start the application once with spring.jpa.hibernate.ddl-auto=none and GET "
								+ "/actuator/migrations/generate. If migrations are pending, let them run before JPA "
								+ "validates: migrations.run-at=startup (the default when ddl-auto=validate).",
						cause);
			}
		}
		return null;
	}

}
