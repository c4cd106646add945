package dev.strata.operation;

import java.util.Objects;

import dev.strata.model.ForeignKey;

/**
 * Adds a foreign key.
 *
 * @param table the referencing table
 * @param foreignKey the key
 */
public record AddForeignKey(String table, ForeignKey foreignKey) implements SchemaOperation {

	public AddForeignKey {
		Objects.requireNonNull(table, "'table' must not be null");
		Objects.requireNonNull(foreignKey, "'foreignKey' must not be null");
	}

	@Override
	public <R> R accept(SchemaOperationVisitor<R> visitor) {
		return visitor.visitAddForeignKey(this);
	}

}
