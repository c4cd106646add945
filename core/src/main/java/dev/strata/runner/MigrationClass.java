package dev.strata.runner;

import java.util.Objects;
import java.util.function.Supplier;

import dev.strata.migration.Migration;
import org.jspecify.annotations.Nullable;

/**
 * A migration class found on the class path but not loaded yet: its name, a hash of its
 * class files, and how to create it. Strata creates the migration and records its
 * operations only when it needs them: when the migration is pending, when its class files
 * differ from the ones that were applied, or to replay the schema before a pending
 * migration. An application whose migrations are all applied and unchanged starts without
 * loading any of them.
 *
 * @param className the fully qualified class name
 * @param classHash the {@linkplain ClassFileHash hash} of the class file and of the class
 * files of the classes nested in it (anonymous classes included), {@code null} if
 * unknown: then the migration's operations are always recorded and checked
 * @param instance creates the migration; called at most once
 */
public record MigrationClass(String className, @Nullable String classHash, Supplier<? extends Migration> instance) {

	public MigrationClass {
		Objects.requireNonNull(className, "'className' must not be null");
		Objects.requireNonNull(instance, "'instance' must not be null");
	}

	/**
	 * Return the simple name, which holds the version and description.
	 * @return the simple class name
	 */
	public String simpleName() {
		return simpleName(this.className);
	}

	static String simpleName(String className) {
		return className.substring(Math.max(className.lastIndexOf('.'), className.lastIndexOf('$')) + 1);
	}

}
