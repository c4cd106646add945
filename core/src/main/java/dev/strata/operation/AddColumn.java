package dev.strata.operation;

import java.util.Objects;

import dev.strata.model.Column;

/**
 * Adds a column to a table.
 *
 * @param table the table
 * @param column the new column
 */
public record AddColumn(String table, Column column) implements SchemaOperation {

	public AddColumn {
		Objects.requireNonNull(table, "'table' must not be null");
		Objects.requireNonNull(column, "'column' must not be null");
	}

	@Override
	public <R> R accept(SchemaOperationVisitor<R> visitor) {
		return visitor.visitAddColumn(this);
	}

}
