package dev.strata.operation;

import java.util.Objects;

/**
 * Drops a check constraint by name.
 *
 * @param table the table
 * @param name the constraint name
 */
public record DropCheck(String table, String name) implements SchemaOperation {

	public DropCheck {
		Objects.requireNonNull(table, "'table' must not be null");
		Objects.requireNonNull(name, "'name' must not be null");
	}

	@Override
	public <R> R accept(SchemaOperationVisitor<R> visitor) {
		return visitor.visitDropCheck(this);
	}

}
