package dev.strata.operation;

import java.util.Objects;

import dev.strata.model.Table;

/**
 * Creates a table with its columns, keys, indexes and constraints.
 *
 * @param table the table to create
 */
public record CreateTable(Table table) implements SchemaOperation {

	public CreateTable {
		Objects.requireNonNull(table, "'table' must not be null");
	}

	@Override
	public <R> R accept(SchemaOperationVisitor<R> visitor) {
		return visitor.visitCreateTable(this);
	}

}
