package dev.strata.operation;

import java.util.Objects;

/**
 * Drops a column.
 *
 * @param table the table
 * @param column the column to drop
 */
public record DropColumn(String table, String column) implements SchemaOperation {

	public DropColumn {
		Objects.requireNonNull(table, "'table' must not be null");
		Objects.requireNonNull(column, "'column' must not be null");
	}

	@Override
	public <R> R accept(SchemaOperationVisitor<R> visitor) {
		return visitor.visitDropColumn(this);
	}

}
