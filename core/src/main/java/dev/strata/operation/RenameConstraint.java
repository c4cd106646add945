package dev.strata.operation;

import java.util.Objects;

/**
 * Renames a constraint (primary key, unique, foreign key, check) or an index of a table,
 * keeping what it does; for example to the name that Hibernate gives a foreign key after
 * its table or column was renamed.
 *
 * @param table the table
 * @param name the current name
 * @param newName the new name
 */
public record RenameConstraint(String table, String name, String newName) implements SchemaOperation {

	public RenameConstraint {
		Objects.requireNonNull(table, "'table' must not be null");
		Objects.requireNonNull(name, "'name' must not be null");
		Objects.requireNonNull(newName, "'newName' must not be null");
	}

	@Override
	public <R> R accept(SchemaOperationVisitor<R> visitor) {
		return visitor.visitRenameConstraint(this);
	}

}
