package dev.strata.runner;

import java.util.List;
import java.util.Objects;

import dev.strata.migration.Migration;
import dev.strata.migration.MigrationName;
import dev.strata.operation.SchemaOperation;

/**
 * A migration ready to run: its name, the operations its {@code up()} recorded and their
 * checksum.
 *
 * @param name the version, description and simple class name
 * @param qualifiedClassName the fully qualified class name (of the user class, not of a
 * proxy)
 * @param migration the migration
 * @param operations the operations {@code up()} recorded, in order
 * @param checksum the {@linkplain MigrationChecksum checksum} of the operations
 */
public record ResolvedMigration(MigrationName name, String qualifiedClassName, Migration migration,
		List<SchemaOperation> operations, String checksum) {

	public ResolvedMigration {
		Objects.requireNonNull(name, "'name' must not be null");
		Objects.requireNonNull(qualifiedClassName, "'qualifiedClassName' must not be null");
		Objects.requireNonNull(migration, "'migration' must not be null");
		operations = List.copyOf(operations);
		Objects.requireNonNull(checksum, "'checksum' must not be null");
	}

	/**
	 * Return the version.
	 * @return the version
	 */
	public long version() {
		return this.name.version();
	}

	/**
	 * Return the description.
	 * @return the description
	 */
	public String description() {
		return this.name.description();
	}

	/**
	 * Return the simple class name.
	 * @return the class name
	 */
	public String className() {
		return this.name.className();
	}

}
