package dev.strata.diff;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One difference between an actual schema and the expected one.
 *
 * @param kind what differs
 * @param table the table concerned, {@code null} for a sequence
 * @param column the column concerned, {@code null} if none
 * @param message the difference in words, with found and expected values
 */
public record Difference(DifferenceKind kind, @Nullable String table, @Nullable String column, String message) {

	public Difference {
		Objects.requireNonNull(kind, "'kind' must not be null");
		Objects.requireNonNull(message, "'message' must not be null");
	}

}
