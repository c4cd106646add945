package dev.strata;

import java.util.ArrayList;
import java.util.List;

import dev.strata.model.SchemaSnapshot;
import dev.strata.operation.InvalidOperationException;
import dev.strata.operation.RawSql;
import dev.strata.operation.SchemaOperation;
import dev.strata.operation.SnapshotProjector;
import dev.strata.runner.MigrationException;
import dev.strata.runner.ResolvedMigration;

/**
 * The schema the migrations build, replayed without a database, with a notice for every
 * migration whose raw SQL the replay cannot see into.
 *
 * @param schema the schema after the last migration
 * @param notices what the replay could not see
 */
record MigrationReplay(SchemaSnapshot schema, List<String> notices) {

	MigrationReplay {
		notices = List.copyOf(notices);
	}

	static MigrationReplay of(List<ResolvedMigration> migrations) {
		SchemaSnapshot schema = SchemaSnapshot.empty();
		List<String> notices = new ArrayList<>();
		for (ResolvedMigration migration : migrations) {
			int rawStatements = 0;
			for (SchemaOperation operation : migration.operations()) {
				if (operation instanceof RawSql raw && !raw.isDataStatement()) {
					rawStatements++;
				}
				try {
					schema = SnapshotProjector.apply(schema, operation);
				}
				catch (InvalidOperationException ex) {
					throw new MigrationException("Migration [" + migration.className() + "]: " + ex.getMessage(),
							migration.className(), migration.version(), ex.getTable(), ex.getColumn(), null, ex);
				}
			}
			if (rawStatements > 0) {
				notices.add("Migration [" + migration.className() + "] runs " + rawStatements
						+ " raw SQL statement(s) other than data changes, whose effect Strata cannot replay; if they "
						+ "change the schema, review this comparison by hand.");
			}
		}
		return new MigrationReplay(schema, notices);
	}

}
