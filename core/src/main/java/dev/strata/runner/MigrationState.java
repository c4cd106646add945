package dev.strata.runner;

/**
 * The state of one migration version, from its class and the last history row of its
 * version.
 */
public enum MigrationState {

	/** Applied, and its class records the same operations as when it was applied. */
	APPLIED,

	/** Not applied yet. */
	PENDING,

	/**
	 * Failed in a run that could not undo everything it had done: the database holds part
	 * of it. Runs refuse to continue until the history row is resolved.
	 */
	FAILED,

	/** Applied, but no migration class has its version any more. */
	MISSING,

	/** Applied, and its class was edited afterwards: the checksum differs. */
	CHANGED;

	/**
	 * Return whether the database holds the migration (it ran and succeeded).
	 * @return whether the state is {@link #APPLIED}, {@link #CHANGED} or {@link #MISSING}
	 */
	public boolean isApplied() {
		return this == APPLIED || this == CHANGED || this == MISSING;
	}

}
