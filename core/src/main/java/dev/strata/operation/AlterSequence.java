package dev.strata.operation;

import java.util.Objects;

/**
 * Changes how much a sequence increments by, keeping its current value: what an entity's
 * {@code allocationSize} change needs, since recreating the sequence would restart it.
 *
 * @param name the sequence name
 * @param increment the new increment
 */
public record AlterSequence(String name, long increment) implements SchemaOperation {

	public AlterSequence {
		Objects.requireNonNull(name, "'name' must not be null");
		if (increment == 0) {
			throw new IllegalArgumentException("Sequence [" + name + "] cannot increment by 0");
		}
	}

	@Override
	public <R> R accept(SchemaOperationVisitor<R> visitor) {
		return visitor.visitAlterSequence(this);
	}

}
