package dev.strata.migration;

import dev.strata.model.Sequence;
import dev.strata.operation.InvalidOperationException;

/**
 * A sequence being defined with
 * {@link Schema#createSequence(String, java.util.function.Consumer)}:
 * {@code sequence.startWith(1).incrementBy(50)}.
 */
public final class SequenceDefinition {

	private final String name;

	private long start = 1;

	private long increment = 1;

	SequenceDefinition(String name) {
		this.name = name;
	}

	/**
	 * Set the first value (default 1).
	 * @param start the first value
	 * @return this definition
	 */
	public SequenceDefinition startWith(long start) {
		this.start = start;
		return this;
	}

	/**
	 * Set the step between values (default 1).
	 * @param increment the step, not 0
	 * @return this definition
	 */
	public SequenceDefinition incrementBy(long increment) {
		if (increment == 0) {
			throw new InvalidOperationException(null, null, "Sequence [" + this.name + "] cannot increment by 0");
		}
		this.increment = increment;
		return this;
	}

	Sequence toSequence() {
		return new Sequence(this.name, this.start, this.increment);
	}

}
