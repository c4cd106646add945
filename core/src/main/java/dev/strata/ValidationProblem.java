package dev.strata;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One problem found by validation.
 *
 * @param source which comparison found it
 * @param kind what kind of problem it is: a {@link dev.strata.diff.DifferenceKind} name
 * for schema differences, a {@link dev.strata.runner.MigrationState} name for history
 * problems
 * @param table the table concerned, {@code null} if none
 * @param column the column concerned, {@code null} if none
 * @param version the migration version concerned, {@code null} if none
 * @param message the problem in words
 */
public record ValidationProblem(ProblemSource source, String kind, @Nullable String table, @Nullable String column,
		@Nullable Long version, String message) {

	public ValidationProblem {
		Objects.requireNonNull(source, "'source' must not be null");
		Objects.requireNonNull(kind, "'kind' must not be null");
		Objects.requireNonNull(message, "'message' must not be null");
	}

}
