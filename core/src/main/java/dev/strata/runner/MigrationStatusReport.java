package dev.strata.runner;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The status of every migration: those the application has and those the history table
 * records, ordered by version.
 *
 * @param currentVersion the highest version that is applied, {@code null} if none is
 * @param migrations the status of each version, ordered by version
 */
public record MigrationStatusReport(@Nullable Long currentVersion, List<MigrationStatus> migrations) {

	public MigrationStatusReport {
		migrations = List.copyOf(migrations);
	}

	/**
	 * Return the migrations in a given state, ordered by version.
	 * @param state the state
	 * @return the migrations
	 */
	public List<MigrationStatus> inState(MigrationState state) {
		return this.migrations.stream().filter((migration) -> migration.state() == state).toList();
	}

	/**
	 * Return whether every migration is applied unchanged: none pending, failed, missing
	 * or changed.
	 * @return whether the database is up to date
	 */
	public boolean isUpToDate() {
		return this.migrations.stream().allMatch((migration) -> migration.state() == MigrationState.APPLIED);
	}

}
