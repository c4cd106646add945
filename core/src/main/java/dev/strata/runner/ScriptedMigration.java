package dev.strata.runner;

import java.util.List;
import java.util.Objects;

/**
 * The SQL one migration would run, in a {@link MigrationScript}.
 *
 * @param version the version
 * @param description the description
 * @param className the simple class name
 * @param statements the statements, in order
 */
public record ScriptedMigration(long version, String description, String className, List<String> statements) {

	public ScriptedMigration {
		Objects.requireNonNull(description, "'description' must not be null");
		Objects.requireNonNull(className, "'className' must not be null");
		statements = List.copyOf(statements);
	}

}
