package dev.strata.operation;

import java.util.Objects;

/**
 * Drops a unique constraint.
 *
 * @param table the table
 * @param selector which constraint, by name or columns
 */
public record DropUniqueConstraint(String table, ConstraintSelector selector) implements SchemaOperation {

	public DropUniqueConstraint {
		Objects.requireNonNull(table, "'table' must not be null");
		Objects.requireNonNull(selector, "'selector' must not be null");
	}

	@Override
	public <R> R accept(SchemaOperationVisitor<R> visitor) {
		return visitor.visitDropUniqueConstraint(this);
	}

}
