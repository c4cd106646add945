package dev.strata.runner;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a {@link MigrationRunner#migrate()} run did.
 *
 * @param applied the migrations applied, in the order they ran; empty if nothing was
 * pending
 * @param currentVersion the highest applied version after the run, {@code null} if none
 * @param totalMs how long the run took, lock and history included, in milliseconds
 */
public record MigrateResult(List<AppliedMigration> applied, @Nullable Long currentVersion, long totalMs) {

	public MigrateResult {
		applied = List.copyOf(applied);
	}

	/**
	 * Return whether the run had nothing to do.
	 * @return whether no migration was pending
	 */
	public boolean isUpToDate() {
		return this.applied.isEmpty();
	}

}
