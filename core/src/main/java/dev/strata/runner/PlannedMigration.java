package dev.strata.runner;

import java.util.List;

/**
 * A pending migration, rendered to SQL and checked, ready to execute.
 *
 * @param migration the migration
 * @param operations its operations with their SQL
 */
record PlannedMigration(ResolvedMigration migration, List<RenderedOperation> operations) {

	PlannedMigration {
		operations = List.copyOf(operations);
	}

}
