package dev.strata.operation;

import java.util.Objects;

import dev.strata.model.Column;

/**
 * Changes a column to a new definition (type, nullability, default, auto-increment).
 *
 * @param table the table
 * @param column the complete new definition of the column, under its current name
 */
public record AlterColumn(String table, Column column) implements SchemaOperation {

	public AlterColumn {
		Objects.requireNonNull(table, "'table' must not be null");
		Objects.requireNonNull(column, "'column' must not be null");
	}

	@Override
	public <R> R accept(SchemaOperationVisitor<R> visitor) {
		return visitor.visitAlterColumn(this);
	}

}
