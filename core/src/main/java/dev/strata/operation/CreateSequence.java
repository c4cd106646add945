package dev.strata.operation;

import java.util.Objects;

import dev.strata.model.Sequence;

/**
 * Creates a sequence.
 *
 * @param sequence the sequence
 */
public record CreateSequence(Sequence sequence) implements SchemaOperation {

	public CreateSequence {
		Objects.requireNonNull(sequence, "'sequence' must not be null");
	}

	@Override
	public <R> R accept(SchemaOperationVisitor<R> visitor) {
		return visitor.visitCreateSequence(this);
	}

}
