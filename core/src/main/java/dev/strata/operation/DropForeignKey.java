package dev.strata.operation;

import java.util.Objects;

/**
 * Drops a foreign key.
 *
 * @param table the referencing table
 * @param selector which key, by name or columns
 */
public record DropForeignKey(String table, ConstraintSelector selector) implements SchemaOperation {

	public DropForeignKey {
		Objects.requireNonNull(table, "'table' must not be null");
		Objects.requireNonNull(selector, "'selector' must not be null");
	}

	@Override
	public <R> R accept(SchemaOperationVisitor<R> visitor) {
		return visitor.visitDropForeignKey(this);
	}

}
