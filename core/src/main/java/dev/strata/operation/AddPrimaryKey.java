package dev.strata.operation;

import java.util.Objects;

import dev.strata.model.PrimaryKey;

/**
 * Adds a primary key to a table that has none.
 *
 * @param table the table
 * @param primaryKey the key
 */
public record AddPrimaryKey(String table, PrimaryKey primaryKey) implements SchemaOperation {

	public AddPrimaryKey {
		Objects.requireNonNull(table, "'table' must not be null");
		Objects.requireNonNull(primaryKey, "'primaryKey' must not be null");
	}

	@Override
	public <R> R accept(SchemaOperationVisitor<R> visitor) {
		return visitor.visitAddPrimaryKey(this);
	}

}
