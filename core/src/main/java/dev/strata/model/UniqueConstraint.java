package dev.strata.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A unique constraint.
 *
 * @param name the constraint name, {@code null} to leave it to the database
 * @param columns the constrained columns, in order
 */
public record UniqueConstraint(@Nullable String name, List<String> columns) {

	public UniqueConstraint {
		columns = Constraints.requireColumns(columns, "A unique constraint");
	}

	/**
	 * Return this constraint with other columns.
	 * @param columns the new columns
	 * @return the new constraint
	 */
	public UniqueConstraint withColumns(List<String> columns) {
		return new UniqueConstraint(this.name, columns);
	}

}
