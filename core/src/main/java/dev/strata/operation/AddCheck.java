package dev.strata.operation;

import java.util.Objects;

import dev.strata.model.CheckConstraint;

/**
 * Adds a check constraint.
 *
 * @param table the table
 * @param check the constraint
 */
public record AddCheck(String table, CheckConstraint check) implements SchemaOperation {

	public AddCheck {
		Objects.requireNonNull(table, "'table' must not be null");
		Objects.requireNonNull(check, "'check' must not be null");
	}

	@Override
	public <R> R accept(SchemaOperationVisitor<R> visitor) {
		return visitor.visitAddCheck(this);
	}

}
