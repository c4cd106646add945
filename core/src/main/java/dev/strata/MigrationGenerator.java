package dev.strata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.strata.codegen.GeneratedMigration;
import dev.strata.codegen.JavaMigrationWriter;
import dev.strata.codegen.MigrationSource;
import dev.strata.dialect.Dialect;
import dev.strata.diff.Renames;
import dev.strata.diff.SchemaDiff;
import dev.strata.diff.SchemaDiffer;
import dev.strata.entity.EntitySchema;
import dev.strata.model.SchemaSnapshot;
import dev.strata.operation.AddColumn;
import dev.strata.operation.CreateTable;
import dev.strata.operation.InvalidOperationException;
import dev.strata.operation.DropColumn;
import dev.strata.operation.DropTable;
import dev.strata.operation.OperationSubject;
import dev.strata.operation.PlannedOperation;
import dev.strata.operation.RawSql;
import dev.strata.operation.SchemaOperation;
import dev.strata.operation.SnapshotProjector;
import dev.strata.runner.ResolvedMigration;
import org.jspecify.annotations.Nullable;

/**
 * Writes the next migration: replays the existing migrations without a database, compares
 * the result with what the entities declare, and writes the operations that close the gap
 * as a Java migration class, with a {@code down()} that undoes them (the comparison the
 * other way round) and every warning in its Javadoc.
 */
final class MigrationGenerator {

	private final Dialect dialect;

	private final String packageName;

	MigrationGenerator(Dialect dialect, String packageName) {
		this.dialect = dialect;
		this.packageName = packageName;
	}

	Generation generate(List<ResolvedMigration> migrations, EntitySchema entities, @Nullable String name,
			Renames renames) {
		MigrationReplay replay = MigrationReplay.of(migrations);
		SchemaDiffer differ = new SchemaDiffer(this.dialect);
		SchemaDiff up = differ.diff(replay.schema(), entities.snapshot(), renames);
		Set<String> warnings = new LinkedHashSet<>(replay.notices());
		warnings.addAll(entities.warnings());
		warnings.addAll(up.warnings());
		if (up.operations().isEmpty()) {
			return new Generation(null, List.copyOf(warnings));
		}
		SchemaSnapshot after;
		try {
			after = SnapshotProjector.applyAll(replay.schema(), up.operationList());
		}
		catch (InvalidOperationException ex) {
			throw new IllegalStateException("Strata cannot generate this migration: the changes it found do not "
					+ "apply in its order (" + ex.getMessage() + "). " + String.join(" ", warnings)
					+ " Write this migration by hand, or change the entities in smaller steps; please report it as a "
					+ "bug in Strata.", ex);
		}
		SchemaDiff down = differ.diff(after, replay.schema(), renames.inverse());
		up.operations().forEach((operation) -> warnings.addAll(operation.warnings()));
		long version = migrations.isEmpty() ? 1 : migrations.get(migrations.size() - 1).version() + 1;
		String description = (name != null && !name.isBlank()) ? name.trim()
				: describe(up.operationList(), migrations.isEmpty());
		GeneratedMigration migration = new JavaMigrationWriter().write(new MigrationSource(this.packageName, version,
				description, withInitStatements(up.operations(), entities), down.operations(), List.copyOf(warnings)));
		return new Generation(migration, List.copyOf(warnings));
	}

	/**
	 * Add, after each table created, the rows Hibernate inserts into it when it creates
	 * it (the TABLE id generator's counters).
	 */
	private static List<PlannedOperation> withInitStatements(List<PlannedOperation> operations, EntitySchema entities) {
		List<PlannedOperation> result = new ArrayList<>();
		for (PlannedOperation operation : operations) {
			result.add(operation);
			if (operation.operation() instanceof CreateTable create) {
				for (String statement : entities.initStatements(create.table().name())) {
					result.add(new PlannedOperation(new RawSql(statement), List.of()));
				}
			}
		}
		return result;
	}

	/**
	 * Name a migration after what it does, when the user gave no name: "initial" for the
	 * first, "create users table", "add users nickname", "drop legacy table", or "update
	 * users" for several changes to one table.
	 */
	static String describe(List<SchemaOperation> operations, boolean first) {
		if (first) {
			return "initial";
		}
		if (operations.size() == 1) {
			SchemaOperation operation = operations.get(0);
			if (operation instanceof CreateTable create) {
				return "create " + create.table().name() + " table";
			}
			if (operation instanceof AddColumn add) {
				return "add " + add.table() + " " + add.column().name();
			}
			if (operation instanceof DropColumn drop) {
				return "drop " + drop.table() + " " + drop.column();
			}
			if (operation instanceof DropTable drop) {
				return "drop " + drop.table() + " table";
			}
		}
		Set<String> tables = new LinkedHashSet<>();
		for (SchemaOperation operation : operations) {
			String table = OperationSubject.of(operation).table();
			if (table != null) {
				tables.add(table);
			}
		}
		if (tables.isEmpty() || tables.size() > 3) {
			return "update schema";
		}
		return "update " + String.join(" and ", tables);
	}

}
