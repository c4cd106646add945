package dev.strata;

import java.util.ArrayList;
import java.util.List;

import dev.strata.dialect.Dialect;
import dev.strata.diff.Difference;
import dev.strata.diff.SchemaDiffer;
import dev.strata.entity.EntitySchema;
import dev.strata.model.SchemaSnapshot;
import dev.strata.runner.MigrationState;
import dev.strata.runner.MigrationStatus;
import dev.strata.runner.MigrationStatusReport;

/**
 * Answers the three questions of validation, each with every problem it finds: do the
 * migrations build what the entities declare, does the database match the entities, is
 * anything pending, failed, missing or changed in the history.
 */
final class SchemaValidator {

	private final Dialect dialect;

	SchemaValidator(Dialect dialect) {
		this.dialect = dialect;
	}

	List<ValidationProblem> migrations(MigrationReplay replay, EntitySchema entities) {
		return problems(ProblemSource.MIGRATIONS, replay.schema(), entities);
	}

	List<ValidationProblem> database(SchemaSnapshot database, EntitySchema entities) {
		return problems(ProblemSource.DATABASE, database, entities);
	}

	List<ValidationProblem> history(MigrationStatusReport report) {
		List<ValidationProblem> problems = new ArrayList<>();
		for (MigrationStatus status : report.migrations()) {
			if (status.state() != MigrationState.APPLIED) {
				problems.add(new ValidationProblem(ProblemSource.HISTORY, status.state().name(), null, null,
						status.version(), message(status)));
			}
		}
		return problems;
	}

	private List<ValidationProblem> problems(ProblemSource source, SchemaSnapshot actual, EntitySchema entities) {
		List<Difference> differences = new SchemaDiffer(this.dialect).diff(actual, entities.snapshot()).differences();
		return differences.stream()
			.map((difference) -> new ValidationProblem(source, difference.kind().name(), difference.table(),
					difference.column(), null, difference.message()))
			.toList();
	}

	private static String message(MigrationStatus status) {
		String migration = "Migration [" + status.className() + "]";
		return switch (status.state()) {
			case PENDING -> migration + " is pending";
			case FAILED ->
				migration + " failed" + ((status.errorMessage() != null) ? ": " + status.errorMessage() : "");
			case MISSING -> migration + " was applied but its class is gone";
			case CHANGED -> migration + " was edited after it was applied (checksum " + status.appliedChecksum()
					+ " applied, " + status.checksum() + " now)";
			case APPLIED -> migration + " is applied";
		};
	}

}
