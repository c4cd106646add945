package dev.strata.operation;

import java.util.Objects;

/**
 * Renames a column.
 *
 * @param table the table
 * @param column the current column name
 * @param newName the new column name
 */
public record RenameColumn(String table, String column, String newName) implements SchemaOperation {

	public RenameColumn {
		Objects.requireNonNull(table, "'table' must not be null");
		Objects.requireNonNull(column, "'column' must not be null");
		Objects.requireNonNull(newName, "'newName' must not be null");
	}

	@Override
	public <R> R accept(SchemaOperationVisitor<R> visitor) {
		return visitor.visitRenameColumn(this);
	}

}
