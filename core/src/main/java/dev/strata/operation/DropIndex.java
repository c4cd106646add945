package dev.strata.operation;

import java.util.Objects;

/**
 * Drops an index.
 *
 * @param table the table
 * @param selector which index, by name or columns
 */
public record DropIndex(String table, ConstraintSelector selector) implements SchemaOperation {

	public DropIndex {
		Objects.requireNonNull(table, "'table' must not be null");
		Objects.requireNonNull(selector, "'selector' must not be null");
	}

	@Override
	public <R> R accept(SchemaOperationVisitor<R> visitor) {
		return visitor.visitDropIndex(this);
	}

}
