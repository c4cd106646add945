package dev.strata.runner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.strata.operation.Subject;
import dev.strata.dialect.Dialect;
import dev.strata.model.SchemaSnapshot;
import dev.strata.operation.InvalidOperationException;
import dev.strata.operation.SchemaOperation;
import dev.strata.operation.SnapshotProjector;

/**
 * Prepares the pending migrations without touching the database: replays the migrations
 * in version order from the empty schema, up to the last pending one, to know the schema
 * before each operation, renders the pending migrations' operations to SQL, and checks
 * the names they create against the database's identifier length limit. Every mistake it
 * finds becomes a {@link MigrationException} naming the migration, table and column,
 * raised before any statement runs.
 */
final class MigrationPlanner {

	private final Dialect dialect;

	MigrationPlanner(Dialect dialect) {
		this.dialect = dialect;
	}

	/**
	 * Plan the pending migrations.
	 * @param resolved all migrations, in version order
	 * @param pending the migrations to apply, in version order
	 * @return the plan, in the order to execute
	 * @throws MigrationException if an operation cannot apply or a name is too long
	 */
	List<PlannedMigration> plan(List<ResolvedMigration> resolved, List<ResolvedMigration> pending) {
		if (pending.isEmpty()) {
			return List.of();
		}
		Set<Long> pendingVersions = new HashSet<>();
		pending.forEach((migration) -> pendingVersions.add(migration.version()));
		long lastPending = pending.get(pending.size() - 1).version();
		List<PlannedMigration> plan = new ArrayList<>(pending.size());
		Replay replay = new Replay();
		for (ResolvedMigration migration : resolved) {
			if (migration.version() > lastPending) {
				break;
			}
			if (pendingVersions.contains(migration.version())) {
				plan.add(replay.plan(migration));
			}
			else {
				replay.skip(migration);
			}
		}
		return List.copyOf(plan);
	}

	/**
	 * Start planning migrations one at a time, in version order, from the empty schema.
	 * @return the replay to plan with
	 */
	Replay replay() {
		return new Replay();
	}

	/**
	 * The schema that the migrations given so far build, from the empty schema. Not
	 * thread-safe: one thread plans with it.
	 */
	final class Replay {

		private SchemaSnapshot schema = SchemaSnapshot.empty();

		private Replay() {
		}

		/**
		 * Plan the next migration, a pending one: render its operations against the
		 * schema before each.
		 * @param migration the migration, the next by version
		 * @return its plan
		 * @throws MigrationException if an operation cannot apply or a name is too long
		 */
		PlannedMigration plan(ResolvedMigration migration) {
			return new PlannedMigration(migration, apply(migration, true));
		}

		/**
		 * Replay the next migration, an applied one, without rendering it.
		 * @param migration the migration, the next by version
		 * @throws MigrationException if an operation cannot apply
		 */
		void skip(ResolvedMigration migration) {
			apply(migration, false);
		}

		private List<RenderedOperation> apply(ResolvedMigration migration, boolean render) {
			List<RenderedOperation> operations = new ArrayList<>(render ? migration.operations().size() : 0);
			for (SchemaOperation operation : migration.operations()) {
				SchemaSnapshot before = this.schema;
				try {
					this.schema = SnapshotProjector.apply(before, operation);
					if (render) {
						checkIdentifiers(migration, operation);
						operations.add(new RenderedOperation(operation, before,
								MigrationPlanner.this.dialect.statements(operation, before)));
					}
				}
				catch (InvalidOperationException ex) {
					throw new MigrationException(
							"Migration [" + migration.className() + "]"
									+ Subject.describe(ex.getTable(), ex.getColumn()) + ": " + ex.getMessage()
									+ ". Nothing was run.",
							migration.className(), migration.version(), ex.getTable(), ex.getColumn(), null, ex);
				}
			}
			return operations;
		}

	}

	private void checkIdentifiers(ResolvedMigration migration, SchemaOperation operation) {
		int limit = this.dialect.maxIdentifierLength();
		for (NewIdentifiers.Identifier identifier : NewIdentifiers.of(operation)) {
			if (identifier.name().length() > limit) {
				throw new MigrationException(
						"Migration [" + migration.className() + "] names " + identifier.what() + " ["
								+ identifier.name() + "]" + Subject.describe(identifier.table(), identifier.column())
								+ " with " + identifier.name().length() + " characters, but " + this.dialect.name()
								+ " accepts at most " + limit + ": choose a shorter name. Nothing was run.",
						migration.className(), migration.version(), identifier.table(), identifier.column(), null,
						null);
			}
		}
	}

}
