package dev.strata.model;

import java.util.Objects;

/**
 * A database sequence.
 *
 * @param name the sequence name
 * @param start the first value
 * @param increment the step between values
 */
public record Sequence(String name, long start, long increment) {

	public Sequence {
		Objects.requireNonNull(name, "'name' must not be null");
		if (increment == 0) {
			throw new IllegalArgumentException("Sequence '" + name + "' must not have an increment of 0");
		}
	}

}
