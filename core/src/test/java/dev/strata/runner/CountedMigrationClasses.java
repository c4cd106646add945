package dev.strata.runner;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import dev.strata.migration.Migration;

/**
 * Migration classes for tests, given by name and class hash as the scanner finds them,
 * that count the migrations created from them.
 */
final class CountedMigrationClasses {

	private final AtomicInteger created = new AtomicInteger();

	/**
	 * Return a migration class that counts its creations.
	 * @param className the fully qualified class name
	 * @param classHash the class hash
	 * @param instance creates the migration
	 * @return the migration class
	 */
	MigrationClass of(String className, String classHash, Supplier<Migration> instance) {
		return new MigrationClass(className, classHash, () -> {
			this.created.incrementAndGet();
			return instance.get();
		});
	}

	/**
	 * Return how many migrations were created so far; set it to 0 to count again.
	 * @return the count
	 */
	AtomicInteger created() {
		return this.created;
	}

	/**
	 * Return the set of the given migration classes.
	 * @param classes the classes
	 * @return the set
	 */
	static MigrationSet set(MigrationClass... classes) {
		return MigrationSet.of(List.of(), List.of(classes));
	}

}
