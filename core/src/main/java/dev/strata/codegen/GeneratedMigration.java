package dev.strata.codegen;

import java.util.List;
import java.util.Objects;

/**
 * The source of a generated migration class, ready to be saved as {@link #relativePath()}
 * under a source folder.
 *
 * @param version the migration version
 * @param className the simple class name, such as {@code V00000003_AddUserNickname}
 * @param packageName the package, empty for the default package
 * @param fileName the file name: the class name and {@code .java}
 * @param source the compilable Java source
 * @param warnings what the author should check before the migration runs
 */
public record GeneratedMigration(long version, String className, String packageName, String fileName, String source,
		List<String> warnings) {

	public GeneratedMigration {
		Objects.requireNonNull(className, "'className' must not be null");
		Objects.requireNonNull(packageName, "'packageName' must not be null");
		Objects.requireNonNull(fileName, "'fileName' must not be null");
		Objects.requireNonNull(source, "'source' must not be null");
		warnings = List.copyOf(warnings);
	}

	/**
	 * Return the path of the file relative to a source folder, such as
	 * {@code com/example/blog/migrations/V00000003_AddUserNickname.java}.
	 * @return the relative path, with forward slashes
	 */
	public String relativePath() {
		return this.packageName.isEmpty() ? this.fileName : this.packageName.replace('.', '/') + "/" + this.fileName;
	}

}
