package dev.strata.runner;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.strata.dialect.Dialect;
import dev.strata.migration.Migration;
import dev.strata.migration.Schema;
import dev.strata.model.SchemaSnapshot;
import dev.strata.operation.DropColumn;
import dev.strata.operation.DropSequence;
import dev.strata.operation.DropTable;
import dev.strata.operation.InvalidOperationException;
import dev.strata.operation.OperationDescriber;
import dev.strata.operation.OperationInverter;
import dev.strata.operation.SchemaOperation;
import dev.strata.operation.SnapshotProjector;
import dev.strata.operation.Subject;

/**
 * Prepares a rollback without touching the database: checks that the history allows it,
 * chooses the applied migrations above the target, and works out, highest version first,
 * the operations that undo each one: those its {@code down()} records, or, when it does
 * not override {@code down()}, the inverse of its {@code up()} derived from the schema
 * the migrations build. Every migration that cannot be undone is reported at once, before
 * any statement runs.
 */
final class RollbackPlanner {

	private final Dialect dialect;

	RollbackPlanner(Dialect dialect) {
		this.dialect = dialect;
	}

	/**
	 * Plan a rollback.
	 * @param resolved all migrations, in version order
	 * @param report the status of every migration
	 * @param target how far to go back
	 * @return the migrations to undo, highest version first
	 * @throws MigrationException if the history has problems, the target asks for more
	 * than is applied, or a migration cannot be undone
	 */
	List<PlannedRollback> plan(List<ResolvedMigration> resolved, MigrationStatusReport report, RollbackTarget target) {
		checkHistory(report);
		List<Long> applied = new ArrayList<>();
		report.migrations().forEach((status) -> {
			if (status.state() == MigrationState.APPLIED) {
				applied.add(0, status.version());
			}
		});
		List<Long> selected = target.select(applied);
		if (selected.isEmpty()) {
			return List.of();
		}
		Replay replay = replay(resolved, new HashSet<>(applied), selected.get(selected.size() - 1));
		Map<Long, ResolvedMigration> byVersion = new HashMap<>();
		resolved.forEach((migration) -> byVersion.put(migration.version(), migration));
		List<String> problems = new ArrayList<>();
		List<PlannedRollback> plan = new ArrayList<>();
		SchemaSnapshot schema = replay.schema();
		for (long version : selected) {
			ResolvedMigration migration = byVersion.get(version);
			List<String> notices = new ArrayList<>();
			boolean derived = !overridesDown(migration.migration());
			List<SchemaOperation> undo = derived ? inverse(migration, replay.before(version), notices, problems)
					: down(migration);
			List<RenderedOperation> operations = new ArrayList<>(undo.size());
			for (SchemaOperation operation : undo) {
				SchemaSnapshot before = schema;
				try {
					schema = SnapshotProjector.apply(before, operation);
					operations
						.add(new RenderedOperation(operation, before, this.dialect.statements(operation, before)));
				}
				catch (InvalidOperationException ex) {
					throw new MigrationException(
							"Migration [" + migration.className() + "] cannot be rolled back"
									+ Subject.describe(ex.getTable(), ex.getColumn()) + ": " + ex.getMessage() + " ("
									+ (derived ? "in the inverse Strata derived from up()" : "in down()")
									+ "). Nothing was run.",
							migration.className(), version, ex.getTable(), ex.getColumn(), null, ex);
				}
			}
			plan.add(new PlannedRollback(migration, operations, derived, notices));
		}
		if (!problems.isEmpty()) {
			ResolvedMigration first = byVersion.get(selected.get(0));
			String message = (problems.size() == 1) ? problems.get(0)
					: problems.size() + " migrations cannot be rolled back:\n  - " + String.join("\n  - ", problems);
			throw new MigrationException(message + "\nNothing was run.", first.className(), first.version(), null, null,
					null, null);
		}
		return List.copyOf(plan);
	}

	/**
	 * Return whether a migration class declares its own {@code down()} (or inherits one
	 * from a superclass), rather than the interface's default.
	 * @param migration the migration
	 * @return whether {@code down()} is overridden
	 */
	static boolean overridesDown(Migration migration) {
		try {
			Method down = migration.getClass().getMethod("down", Schema.class);
			return !down.isDefault();
		}
		catch (NoSuchMethodException ex) {
			return false;
		}
	}

	private static void checkHistory(MigrationStatusReport report) {
		List<String> problems = new ArrayList<>();
		for (MigrationStatus status : report.migrations()) {
			switch (status.state()) {
				case FAILED ->
					problems.add("Migration [" + status.className() + "] failed and left part of it applied: "
							+ status.errorMessage() + " Resolve that first (see the history table)");
				case MISSING -> problems.add("Migration [" + status.className() + "] (version " + status.version()
						+ ") is applied but its class is gone, so the schema it built is unknown: restore the class");
				case CHANGED -> problems.add("Migration [" + status.className() + "] was edited after it was "
						+ "applied, so neither its down() nor the schema Strata replays to undo the migrations after it "
						+ "can be trusted: undo the edit, or record it with migrations.repair=true if the database "
						+ "already has what it now describes");
				default -> {
				}
			}
		}
		if (!problems.isEmpty()) {
			MigrationStatus first = report.migrations()
				.stream()
				.filter((status) -> status.state() != MigrationState.APPLIED
						&& status.state() != MigrationState.PENDING)
				.findFirst()
				.orElseThrow();
			String message = (problems.size() == 1) ? problems.get(0)
					: problems.size() + " problems:\n  - " + String.join("\n  - ", problems);
			throw new MigrationException("Cannot roll back. " + message + ".\nNothing was run.", first.className(),
					first.version(), null, null, null, null);
		}
	}

	private static Replay replay(List<ResolvedMigration> resolved, Set<Long> applied, long lowestSelected) {
		SchemaSnapshot schema = SchemaSnapshot.empty();
		Map<Long, List<SchemaSnapshot>> befores = new HashMap<>();
		for (ResolvedMigration migration : resolved) {
			if (!applied.contains(migration.version())) {
				continue;
			}
			List<SchemaSnapshot> before = new ArrayList<>();
			for (SchemaOperation operation : migration.operations()) {
				before.add(schema);
				try {
					schema = SnapshotProjector.apply(schema, operation);
				}
				catch (InvalidOperationException ex) {
					throw new MigrationException(
							"Migration [" + migration.className() + "]"
									+ Subject.describe(ex.getTable(), ex.getColumn()) + ": " + ex.getMessage()
									+ ". Nothing was run.",
							migration.className(), migration.version(), ex.getTable(), ex.getColumn(), null, ex);
				}
			}
			if (migration.version() >= lowestSelected) {
				befores.put(migration.version(), before);
			}
		}
		return new Replay(schema, befores);
	}

	private static List<SchemaOperation> down(ResolvedMigration migration) {
		Schema schema = new Schema();
		try {
			migration.migration().down(schema);
		}
		catch (InvalidOperationException ex) {
			throw new MigrationException(
					"Migration [" + migration.className() + "] down()" + Subject.describe(ex.getTable(), ex.getColumn())
							+ ": " + ex.getMessage() + ". Nothing was run.",
					migration.className(), migration.version(), ex.getTable(), ex.getColumn(), null, ex);
		}
		catch (RuntimeException | LinkageError ex) {
			throw new MigrationException(
					"Migration [" + migration.className() + "] failed in down() while recording its operations: " + ex
							+ "; down() must only describe the change with the schema builder. Nothing was run.",
					migration.className(), migration.version(), null, null, null, ex);
		}
		return schema.operations();
	}

	private static List<SchemaOperation> inverse(ResolvedMigration migration, List<SchemaSnapshot> befores,
			List<String> notices, List<String> problems) {
		List<SchemaOperation> inverse = new ArrayList<>();
		List<SchemaOperation> operations = migration.operations();
		for (int i = operations.size() - 1; i >= 0; i--) {
			SchemaOperation operation = operations.get(i);
			SchemaSnapshot before = befores.get(i);
			Optional<List<SchemaOperation>> undo;
			try {
				undo = OperationInverter.inverse(operation, before);
			}
			catch (InvalidOperationException ex) {
				undo = Optional.empty();
			}
			if (undo.isEmpty()) {
				problems.add("Migration [" + migration.className()
						+ "] does not override down(), and Strata cannot derive how to undo ["
						+ OperationDescriber.describe(operation) + "]: write a down() that undoes it");
				continue;
			}
			inverse.addAll(undo.get());
			notice(operation, before).ifPresent(notices::add);
		}
		return inverse;
	}

	private static Optional<String> notice(SchemaOperation operation, SchemaSnapshot before) {
		if (operation instanceof DropTable drop && before.hasTable(drop.table())) {
			return Optional.of("Table [" + drop.table() + "] is created again with its definition, but its rows "
					+ "are not restored");
		}
		if (operation instanceof DropColumn drop) {
			return Optional.of("Column [" + drop.column() + "] of table [" + drop.table()
					+ "] is added again with its definition, but its values are not restored");
		}
		if (operation instanceof DropSequence drop && before.sequence(drop.name()).isPresent()) {
			return Optional
				.of("Sequence [" + drop.name() + "] is created again, but it starts over instead of where it was");
		}
		return Optional.empty();
	}

	/**
	 * The schema the applied migrations build, and the schema before each operation of
	 * the migrations that may be rolled back.
	 */
	private record Replay(SchemaSnapshot schema, Map<Long, List<SchemaSnapshot>> befores) {

		List<SchemaSnapshot> before(long version) {
			return this.befores.getOrDefault(version, List.of());
		}

	}

}
