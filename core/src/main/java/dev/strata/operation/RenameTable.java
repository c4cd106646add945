package dev.strata.operation;

import java.util.Objects;

/**
 * Renames a table.
 *
 * @param table the current name
 * @param newName the new name
 */
public record RenameTable(String table, String newName) implements SchemaOperation {

	public RenameTable {
		Objects.requireNonNull(table, "'table' must not be null");
		Objects.requireNonNull(newName, "'newName' must not be null");
	}

	@Override
	public <R> R accept(SchemaOperationVisitor<R> visitor) {
		return visitor.visitRenameTable(this);
	}

}
