package dev.strata.runner;

import java.util.List;

import dev.strata.migration.Migration;
import dev.strata.migration.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One mistake a user can make, as a migration (or several) added to the blog, with the
 * exact message Strata must answer with. Where the database itself rejects a statement,
 * its own words are part of the message and differ between databases.
 *
 * @param mistake the mistake, in words
 * @param applied migrations applied before the run, after {@code V1_CreateUsers} and
 * {@code V2_CreatePosts}
 * @param migrations the migrations the run adds
 * @param message the exact message on every database, or {@code null} if it differs
 * @param h2 the exact message on H2, if it differs
 * @param postgres the exact message on PostgreSQL, if it differs
 */
record BadInput(String mistake, List<Migration> applied, List<Migration> migrations, @Nullable String message,
		@Nullable String h2, @Nullable String postgres) {

	static BadInput of(String mistake, String message, Migration... migrations) {
		return new BadInput(mistake, List.of(), List.of(migrations), message, null, null);
	}

	static BadInput byDatabase(String mistake, String h2, String postgres, Migration... migrations) {
		return new BadInput(mistake, List.of(), List.of(migrations), null, h2, postgres);
	}

	BadInput after(Migration... applied) {
		return new BadInput(this.mistake, List.of(applied), this.migrations, this.message, this.h2, this.postgres);
	}

	String expected(String database) {
		if (this.message != null) {
			return this.message;
		}
		return database.equals("H2") ? this.h2 : this.postgres;
	}

	@Override
	public String toString() {
		return this.mistake;
	}

	/**
	 * A migration whose {@code up()} is given as a lambda; its class name (and so its
	 * version) comes from the subclass.
	 */
	abstract static class Step implements Migration {

		private final Up up;

		Step(Up up) {
			this.up = up;
		}

		@Override
		public void up(Schema schema) {
			this.up.up(schema);
		}

	}

	@FunctionalInterface
	interface Up {

		void up(Schema schema);

	}

}
