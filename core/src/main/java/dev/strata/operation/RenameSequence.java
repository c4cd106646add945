package dev.strata.operation;

import java.util.Objects;

/**
 * Renames a sequence, keeping its value: what Hibernate's {@code
 *
<table>
 * _seq} sequence needs when its table is renamed, since a new sequence would start again.
 *
 * @param name the current name
 * @param newName the new name
 */
public record RenameSequence(String name, String newName) implements SchemaOperation {

	public RenameSequence {
		Objects.requireNonNull(name, "'name' must not be null");
		Objects.requireNonNull(newName, "'newName' must not be null");
	}

	@Override
	public <R> R accept(SchemaOperationVisitor<R> visitor) {
		return visitor.visitRenameSequence(this);
	}

}
