package dev.strata.runner;

import java.util.Objects;

/**
 * A class that an index of the class path (a jar's central directory) lists in the
 * migrations package, known by its name and the {@linkplain ClassFileHash hash} of its
 * class files as the index records them, before any of its files is read: so not known
 * yet to be a migration at all. Listed classes serve one question only, whether the
 * history is exactly as they would leave it (see {@link MigrationSet#listed}).
 *
 * @param className the fully qualified class name
 * @param classHash the hash of the class file and of the class files nested in it
 */
public record ListedClass(String className, String classHash) {

	public ListedClass {
		Objects.requireNonNull(className, "'className' must not be null");
		Objects.requireNonNull(classHash, "'classHash' must not be null");
	}

}
