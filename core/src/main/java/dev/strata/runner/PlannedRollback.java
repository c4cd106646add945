package dev.strata.runner;

import java.util.List;

/**
 * An applied migration ready to be rolled back: the operations that undo it, rendered to
 * SQL.
 *
 * @param migration the migration
 * @param operations the operations of its {@code down()}, or the inverse Strata derived
 * from its {@code up()}, with their SQL
 * @param derived whether the operations were derived because the migration does not
 * override {@code down()}
 * @param notices what undoing it cannot bring back (the rows of a table it dropped)
 */
record PlannedRollback(ResolvedMigration migration, List<RenderedOperation> operations, boolean derived,
		List<String> notices) {

	PlannedRollback {
		operations = List.copyOf(operations);
		notices = List.copyOf(notices);
	}

}
