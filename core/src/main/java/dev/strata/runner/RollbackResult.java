package dev.strata.runner;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a {@link MigrationRollback} run did.
 *
 * @param rolledBack the migrations undone, in the order they were undone (highest version
 * first); empty if nothing was above the target
 * @param currentVersion the highest applied version after the run, {@code null} if none
 * @param notices what the rollback could not bring back, such as the rows of a table that
 * a rolled back migration had dropped and that was created again empty
 * @param totalMs how long the run took, lock and history included, in milliseconds
 */
public record RollbackResult(List<RolledBackMigration> rolledBack, @Nullable Long currentVersion, List<String> notices,
		long totalMs) {

	public RollbackResult {
		rolledBack = List.copyOf(rolledBack);
		notices = List.copyOf(notices);
	}

	/**
	 * Return whether the run had nothing to do.
	 * @return whether no migration was rolled back
	 */
	public boolean isEmpty() {
		return this.rolledBack.isEmpty();
	}

}
