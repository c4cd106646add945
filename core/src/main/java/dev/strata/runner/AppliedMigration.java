package dev.strata.runner;

import java.util.Objects;

/**
 * A migration applied by a run.
 *
 * @param version the version
 * @param description the description
 * @param className the simple class name
 * @param executionMs how long it took, in milliseconds
 */
public record AppliedMigration(long version, String description, String className, long executionMs) {

	public AppliedMigration {
		Objects.requireNonNull(description, "'description' must not be null");
		Objects.requireNonNull(className, "'className' must not be null");
	}

}
