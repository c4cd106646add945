package dev.strata.runner;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One row of the history table. The table is an append-only log: the effective state of a
 * version is given by its last row.
 *
 * @param installedRank the position of the row in the log, starting at 1
 * @param version the migration version
 * @param description the migration description
 * @param type what the row records
 * @param className the fully qualified class name of the migration
 * @param checksum the checksum of the migration's operations, {@code null} if none
 * @param installedBy the database user who ran it
 * @param installedOn when it finished
 * @param executionMs how long it took, in milliseconds
 * @param success whether it succeeded
 * @param errorMessage why it failed and what it left applied, {@code null} if it
 * succeeded
 * @param classHash the {@linkplain ClassFileHash hash of the migration's class files}
 * when it was applied or last checked, {@code null} if unknown
 */
public record HistoryEntry(int installedRank, long version, String description, HistoryEventType type, String className,
		@Nullable String checksum, String installedBy, Instant installedOn, long executionMs, boolean success,
		@Nullable String errorMessage, @Nullable String classHash) {

	public HistoryEntry {
		Objects.requireNonNull(description, "'description' must not be null");
		Objects.requireNonNull(type, "'type' must not be null");
		Objects.requireNonNull(className, "'className' must not be null");
		Objects.requireNonNull(installedBy, "'installedBy' must not be null");
		Objects.requireNonNull(installedOn, "'installedOn' must not be null");
	}

	/**
	 * Create a row without a class hash.
	 * @param installedRank the position of the row in the log, starting at 1
	 * @param version the migration version
	 * @param description the migration description
	 * @param type what the row records
	 * @param className the fully qualified class name of the migration
	 * @param checksum the checksum of the migration's operations, {@code null} if none
	 * @param installedBy the database user who ran it
	 * @param installedOn when it finished
	 * @param executionMs how long it took, in milliseconds
	 * @param success whether it succeeded
	 * @param errorMessage why it failed and what it left applied, {@code null} if it
	 * succeeded
	 */
	public HistoryEntry(int installedRank, long version, String description, HistoryEventType type, String className,
			@Nullable String checksum, String installedBy, Instant installedOn, long executionMs, boolean success,
			@Nullable String errorMessage) {
		this(installedRank, version, description, type, className, checksum, installedBy, installedOn, executionMs,
				success, errorMessage, null);
	}

	/**
	 * Return whether, as the last row of its version, this row means the migration is in
	 * the database.
	 * @return whether the version counts as applied
	 */
	public boolean isApplied() {
		return this.success && this.type != HistoryEventType.ROLLBACK && this.type != HistoryEventType.DELETE;
	}

}
