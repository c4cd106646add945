package dev.strata.operation;

import java.util.Objects;

/**
 * Drops a sequence.
 *
 * @param name the sequence name
 */
public record DropSequence(String name) implements SchemaOperation {

	public DropSequence {
		Objects.requireNonNull(name, "'name' must not be null");
	}

	@Override
	public <R> R accept(SchemaOperationVisitor<R> visitor) {
		return visitor.visitDropSequence(this);
	}

}
