package dev.strata.model;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A check constraint.
 *
 * @param name the constraint name, {@code null} to leave it to the database
 * @param expression the SQL condition, without the {@code check} keyword and parentheses
 * @param column the column it was declared on, {@code null} for a table-level check
 */
public record CheckConstraint(@Nullable String name, String expression, @Nullable String column) {

	public CheckConstraint {
		Objects.requireNonNull(expression, "'expression' must not be null");
		expression = expression.trim();
		if (expression.isEmpty()) {
			throw new IllegalArgumentException("A check constraint needs an expression");
		}
	}

}
