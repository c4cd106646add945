package dev.strata.operation;

import java.util.Objects;

import dev.strata.model.Index;

/**
 * Creates an index.
 *
 * @param table the table
 * @param index the index
 */
public record AddIndex(String table, Index index) implements SchemaOperation {

	public AddIndex {
		Objects.requireNonNull(table, "'table' must not be null");
		Objects.requireNonNull(index, "'index' must not be null");
	}

	@Override
	public <R> R accept(SchemaOperationVisitor<R> visitor) {
		return visitor.visitAddIndex(this);
	}

}
