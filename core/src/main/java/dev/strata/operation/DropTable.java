package dev.strata.operation;

import java.util.Objects;

/**
 * Drops a table.
 *
 * @param table the table to drop
 * @param ifExists whether a missing table is ignored
 */
public record DropTable(String table, boolean ifExists) implements SchemaOperation {

	public DropTable {
		Objects.requireNonNull(table, "'table' must not be null");
	}

	@Override
	public <R> R accept(SchemaOperationVisitor<R> visitor) {
		return visitor.visitDropTable(this);
	}

}
