package dev.strata.operation;

import java.util.Objects;

import dev.strata.model.UniqueConstraint;

/**
 * Adds a unique constraint.
 *
 * @param table the table
 * @param constraint the constraint
 */
public record AddUniqueConstraint(String table, UniqueConstraint constraint) implements SchemaOperation {

	public AddUniqueConstraint {
		Objects.requireNonNull(table, "'table' must not be null");
		Objects.requireNonNull(constraint, "'constraint' must not be null");
	}

	@Override
	public <R> R accept(SchemaOperationVisitor<R> visitor) {
		return visitor.visitAddUniqueConstraint(this);
	}

}
