package dev.strata.runner;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The status of one migration version.
 *
 * @param version the version
 * @param description the description (from the class, or from the history for a
 * {@link MigrationState#MISSING} migration)
 * @param className the simple class name (from the class, or from the history)
 * @param state the state
 * @param appliedAt when the last history row of the version was written (when it was
 * applied, or failed), {@code null} for a pending migration
 * @param checksum the checksum of the class's operations, or the recorded one for a
 * {@link MigrationState#MISSING} migration
 * @param appliedChecksum the checksum recorded when it was applied, {@code null} if it
 * was not; differs from {@code checksum} for a {@link MigrationState#CHANGED} migration
 * @param installedBy the database user who applied it, {@code null} if not applied
 * @param executionMs how long it took to apply, in milliseconds, {@code null} if not
 * applied
 * @param errorMessage for a {@link MigrationState#FAILED} migration, what failed and what
 * stayed applied; {@code null} otherwise
 */
public record MigrationStatus(long version, String description, String className, MigrationState state,
		@Nullable Instant appliedAt, @Nullable String checksum, @Nullable String appliedChecksum,
		@Nullable String installedBy, @Nullable Long executionMs, @Nullable String errorMessage) {

	public MigrationStatus {
		Objects.requireNonNull(description, "'description' must not be null");
		Objects.requireNonNull(className, "'className' must not be null");
		Objects.requireNonNull(state, "'state' must not be null");
	}

}
