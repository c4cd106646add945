package dev.strata.runner;

/**
 * What a row of the history table records.
 */
public enum HistoryEventType {

	/** A migration was applied (or failed while being applied). */
	MIGRATE,

	/** A migration was undone with its {@code down()}. */
	ROLLBACK,

	/** An existing database was declared to be at this version without running it. */
	BASELINE,

	/**
	 * A failed or changed entry was resolved by hand; the row carries the checksum that
	 * counts from now on.
	 */
	REPAIR,

	/**
	 * An applied migration whose class is gone was marked as deleted
	 * ({@code migrations.repair}): the history no longer expects its class. Its changes
	 * stay in the schema; the version counts as not applied.
	 */
	DELETE

}
