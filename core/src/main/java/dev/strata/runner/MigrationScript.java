package dev.strata.runner;

import java.util.List;
import java.util.Objects;

/**
 * The SQL a migrate or rollback run would execute, worked out without executing anything:
 * what {@code strata:sql} prints for a review before a deployment.
 *
 * @param direction what the script does
 * @param migrations the migrations in the order they would run, each with its statements
 * @param notices what a reader should know: the history table the run would create, the
 * data a rollback cannot bring back
 */
public record MigrationScript(Direction direction, List<ScriptedMigration> migrations, List<String> notices) {

	public MigrationScript {
		Objects.requireNonNull(direction, "'direction' must not be null");
		migrations = List.copyOf(migrations);
		notices = List.copyOf(notices);
	}

	/**
	 * Return whether the run would do nothing.
	 * @return whether no migration would run
	 */
	public boolean isEmpty() {
		return this.migrations.isEmpty();
	}

	/**
	 * What a script does.
	 */
	public enum Direction {

		/** Applies pending migrations. */
		MIGRATE,

		/** Rolls back applied migrations. */
		ROLLBACK

	}

}
