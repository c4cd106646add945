package dev.strata.operation;

import java.util.Objects;

/**
 * Drops the primary key of a table.
 *
 * @param table the table
 */
public record DropPrimaryKey(String table) implements SchemaOperation {

	public DropPrimaryKey {
		Objects.requireNonNull(table, "'table' must not be null");
	}

	@Override
	public <R> R accept(SchemaOperationVisitor<R> visitor) {
		return visitor.visitDropPrimaryKey(this);
	}

}
