package dev.strata.runner;

import java.util.List;

/**
 * How far a {@link MigrationRollback} goes back: a number of applied migrations, or down
 * to a version that stays applied.
 */
public sealed interface RollbackTarget permits RollbackTarget.Steps, RollbackTarget.ToVersion {

	/**
	 * Roll back the last applied migrations.
	 * @param count how many, at least 1
	 * @return the target
	 */
	static RollbackTarget steps(int count) {
		return new Steps(count);
	}

	/**
	 * Roll back every applied migration above a version; {@code 0} rolls back all.
	 * @param version the version that stays the current one
	 * @return the target
	 */
	static RollbackTarget toVersion(long version) {
		return new ToVersion(version);
	}

	/**
	 * Choose the versions to roll back.
	 * @param applied the applied versions, highest first
	 * @return the versions to roll back, highest first
	 * @throws MigrationException if the target asks for more than is applied
	 */
	List<Long> select(List<Long> applied);

	/**
	 * Roll back the last {@code count} applied migrations.
	 *
	 * @param count how many, at least 1
	 */
	record Steps(int count) implements RollbackTarget {

		public Steps {
			if (count < 1) {
				throw new IllegalArgumentException("A rollback needs at least 1 step, was " + count);
			}
		}

		@Override
		public List<Long> select(List<Long> applied) {
			if (this.count > applied.size()) {
				throw new MigrationException("Cannot roll back " + this.count + " migration(s): only " + applied.size()
						+ " applied " + ((applied.size() == 1) ? "is" : "are")
						+ " recorded in the history. Nothing was run.");
			}
			return List.copyOf(applied.subList(0, this.count));
		}

		@Override
		public String toString() {
			return this.count + " step(s)";
		}

	}

	/**
	 * Roll back every applied migration above {@code version}.
	 *
	 * @param version the version that stays the current one, {@code 0} for none
	 */
	record ToVersion(long version) implements RollbackTarget {

		public ToVersion {
			if (version < 0) {
				throw new IllegalArgumentException("A rollback target version must not be negative, was " + version);
			}
		}

		@Override
		public List<Long> select(List<Long> applied) {
			return applied.stream().filter((candidate) -> candidate > this.version).toList();
		}

		@Override
		public String toString() {
			return "version " + this.version;
		}

	}

}
