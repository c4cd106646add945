package dev.strata.codegen;

import dev.strata.operation.PlannedOperation;
import java.util.List;
import java.util.Objects;

import javax.lang.model.SourceVersion;

import dev.strata.operation.SchemaOperation;

/**
 * What {@link JavaMigrationWriter} turns into a migration class.
 *
 * @param packageName the package of the class, empty for the default package
 * @param version the migration version, positive
 * @param description what the migration does, in words ({@code add user nickname}); it
 * becomes the class name ({@code V00000003_AddUserNickname}) and the first Javadoc
 * sentence
 * @param upOperations the operations {@code up()} records, in order
 * @param downOperations the operations {@code down()} records, in order; empty when the
 * generator could not derive them, and then the class has no {@code down()} (see
 * {@link JavaMigrationWriter})
 * @param warnings what the author should check, about the migration as a whole
 */
public record MigrationSource(String packageName, long version, String description, List<PlannedOperation> upOperations,
		List<PlannedOperation> downOperations, List<String> warnings) {

	public MigrationSource {
		Objects.requireNonNull(packageName, "'packageName' must not be null");
		Objects.requireNonNull(description, "'description' must not be null");
		upOperations = List.copyOf(upOperations);
		downOperations = List.copyOf(downOperations);
		warnings = List.copyOf(warnings);
		if (!packageName.isEmpty() && !SourceVersion.isName(packageName)) {
			throw new IllegalArgumentException("Package [" + packageName
					+ "] is not a valid Java package name: use dot-separated identifiers such as com.example.migrations");
		}
		if (version <= 0) {
			throw new IllegalArgumentException(
					"Migration [" + description + "] has version " + version + ": a version must be positive");
		}
	}

	/**
	 * Return a source whose operations carry no warnings of their own.
	 * @param packageName the package of the class
	 * @param version the migration version
	 * @param description what the migration does, in words
	 * @param upOperations the operations {@code up()} records
	 * @param downOperations the operations {@code down()} records, empty if unknown
	 * @param warnings what the author should check
	 * @return the source
	 */
	public static MigrationSource of(String packageName, long version, String description,
			List<? extends SchemaOperation> upOperations, List<? extends SchemaOperation> downOperations,
			List<String> warnings) {
		return new MigrationSource(packageName, version, description, PlannedOperation.allOf(upOperations),
				PlannedOperation.allOf(downOperations), warnings);
	}

}
