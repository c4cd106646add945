package dev.strata.runner;

import org.jspecify.annotations.Nullable;

/**
 * Which way a run goes, applying migrations or rolling them back, and the words its
 * history rows and failure messages use for it.
 */
enum RunDirection {

	/** Applying migrations ({@code up()}). */
	MIGRATE(HistoryEventType.MIGRATE) {

		@Override
		String failed(String className) {
			return "Migration [" + className + "] failed";
		}

		@Override
		String earlierStay(int count, @Nullable Long lastVersion) {
			return "the " + count + " migration(s) applied before it in this run (up to version " + lastVersion
					+ ") stay applied.";
		}

		@Override
		String compensated(int statements) {
			return "undid the " + statements + " statement(s) that had run";
		}

		@Override
		String dropUndone() {
			return "Undoing a drop";
		}

		@Override
		String incomplete() {
			return "could not undo everything";
		}

		@Override
		String stillDone() {
			return "Still applied";
		}

	},

	/** Rolling migrations back ({@code down()}). */
	ROLLBACK(HistoryEventType.ROLLBACK) {

		@Override
		String failed(String className) {
			return "Rolling back migration [" + className + "] failed";
		}

		@Override
		String earlierStay(int count, @Nullable Long lastVersion) {
			return "the " + count + " migration(s) rolled back before it in this run stay rolled back.";
		}

		@Override
		String compensated(int statements) {
			return "re-applied the " + statements + " statement(s) that had been undone";
		}

		@Override
		String dropUndone() {
			return "Re-applying a drop";
		}

		@Override
		String incomplete() {
			return "could not re-apply everything";
		}

		@Override
		String stillDone() {
			return "Still undone";
		}

	};

	private final HistoryEventType eventType;

	RunDirection(HistoryEventType eventType) {
		this.eventType = eventType;
	}

	HistoryEventType eventType() {
		return this.eventType;
	}

	abstract String failed(String className);

	abstract String earlierStay(int count, @Nullable Long lastVersion);

	abstract String compensated(int statements);

	abstract String dropUndone();

	abstract String incomplete();

	abstract String stillDone();

}
