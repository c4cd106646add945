package dev.strata.runner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.strata.operation.Subject;
import dev.strata.migration.Migration;
import dev.strata.migration.MigrationName;
import dev.strata.migration.Schema;
import dev.strata.operation.InvalidOperationException;
import dev.strata.operation.SchemaOperation;

/**
 * Turns migration instances into {@link ResolvedMigration}s, ordered by version: reads
 * each version from the class name, records the operations of {@code up()} and computes
 * their checksum. Needs no database.
 */
public final class MigrationResolver {

	private MigrationResolver() {
	}

	/**
	 * Resolve migrations. The same class given twice (found both as a bean and by package
	 * scan, say) counts once.
	 * @param migrations the migrations, in any order
	 * @return the resolved migrations, ordered by version
	 * @throws MigrationException if a class is not named as a migration, two classes
	 * share a version, or {@code up()} fails
	 */
	public static List<ResolvedMigration> resolve(Collection<? extends Migration> migrations) {
		Map<Class<?>, Migration> byClass = new LinkedHashMap<>();
		for (Migration migration : migrations) {
			byClass.putIfAbsent(userClass(migration.getClass()), migration);
		}
		List<ResolvedMigration> resolved = new ArrayList<>(byClass.size());
		for (Map.Entry<Class<?>, Migration> entry : byClass.entrySet()) {
			resolved.add(resolve(entry.getKey(), entry.getValue()));
		}
		return inVersionOrder(resolved);
	}

	/**
	 * Order resolved migrations by version.
	 * @param resolved the migrations, each class once
	 * @return the migrations, ordered by version
	 * @throws MigrationException if two classes share a version
	 */
	static List<ResolvedMigration> inVersionOrder(Collection<ResolvedMigration> resolved) {
		TreeMap<Long, ResolvedMigration> byVersion = new TreeMap<>();
		for (ResolvedMigration migration : resolved) {
			ResolvedMigration other = byVersion.putIfAbsent(migration.version(), migration);
			if (other != null) {
				throw sameVersion(other.qualifiedClassName(), migration.qualifiedClassName(), migration.className(),
						migration.version());
			}
		}
		return List.copyOf(byVersion.values());
	}

	/**
	 * Return the failure of two migration classes with the same version.
	 * @param className one fully qualified class name
	 * @param otherClassName the other
	 * @param simpleName the simple name of the class found second
	 * @param version their version
	 * @return the failure
	 */
	static MigrationException sameVersion(String className, String otherClassName, String simpleName, long version) {
		List<String> names = new ArrayList<>(List.of(className, otherClassName));
		names.sort(Comparator.naturalOrder());
		return new MigrationException(
				"Migrations [" + names.get(0) + "] and [" + names.get(1) + "] both have version [" + version
						+ "]: each version must be used once, so give one of them the next free version",
				simpleName, version, null, null, null, null);
	}

	/**
	 * Resolve one migration: record the operations of its {@code up()} and their
	 * checksum.
	 * @param type the user class of the migration
	 * @param migration the migration
	 * @return the resolved migration
	 * @throws MigrationException if the class is not named as a migration or {@code up()}
	 * fails
	 */
	static ResolvedMigration resolve(Class<?> type, Migration migration) {
		MigrationName name = name(type.getName(), type.getSimpleName());
		Schema schema = new Schema();
		try {
			migration.up(schema);
		}
		catch (InvalidOperationException ex) {
			throw new MigrationException(
					"Migration [" + name.className() + "]" + Subject.describe(ex.getTable(), ex.getColumn()) + ": "
							+ ex.getMessage(),
					name.className(), name.version(), ex.getTable(), ex.getColumn(), null, ex);
		}
		catch (Exception | LinkageError ex) {
			// Exception, not only RuntimeException: Kotlin and Lombok's @SneakyThrows
			// throw checked exceptions that up() does not declare.
			throw new MigrationException(
					"Migration [" + name.className() + "] failed in up() while recording its operations: " + ex
							+ "; up() must only describe the change with the schema builder",
					name.className(), name.version(), null, null, null, ex);
		}
		List<SchemaOperation> operations = schema.operations();
		return new ResolvedMigration(name, type.getName(), migration, operations, MigrationChecksum.of(operations));
	}

	/**
	 * Read the version and description from a migration's class name.
	 * @param className the fully qualified class name
	 * @param simpleName the simple class name
	 * @return the name
	 * @throws MigrationException if the class is not named as a migration
	 */
	static MigrationName name(String className, String simpleName) {
		try {
			return MigrationName.parse(simpleName);
		}
		catch (IllegalArgumentException ex) {
			throw new MigrationException(
					"Migration class [" + className + "] is not named as a migration: "
							+ "rename it to V<version>_<Description>, for example V00000001_CreateBlogsTable",
					simpleName, null, null, null, null, ex);
		}
	}

	/**
	 * Return the class a user wrote, seeing through the subclasses that proxy libraries
	 * generate (their names contain {@code $$}).
	 * @param type the runtime class
	 * @return the user class
	 */
	static Class<?> userClass(Class<?> type) {
		Class<?> current = type;
		while (current.getName().contains("$$") && current.getSuperclass() != null
				&& current.getSuperclass() != Object.class) {
			current = current.getSuperclass();
		}
		return current;
	}

}
