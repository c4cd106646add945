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
	REPAIR

}
