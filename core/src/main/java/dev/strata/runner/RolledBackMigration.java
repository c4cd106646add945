package dev.strata.runner;

import java.util.Objects;

/**
 * A migration undone by a rollback.
 *
 * @param version the version
 * @param description the description
 * @param className the simple class name
 * @param derived whether Strata derived the undo from {@code up()} because the migration
 * does not override {@code down()}
 * @param executionMs how long it took, in milliseconds
 */
public record RolledBackMigration(long version, String description, String className, boolean derived,
		long executionMs) {

	public RolledBackMigration {
		Objects.requireNonNull(description, "'description' must not be null");
		Objects.requireNonNull(className, "'className' must not be null");
	}

}
