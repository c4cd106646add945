package dev.strata.runner;

import dev.strata.migration.Migration;
import dev.strata.migration.Schema;

/**
 * Migrations for the rollback tests: some with a {@code down()}, some whose undo Strata
 * derives, some that cannot be undone.
 */
final class RollbackMigrations {

	private RollbackMigrations() {
	}

	/** No down(): undone by dropping the table. */
	static final class V1_CreateUsers implements Migration {

		@Override
		public void up(Schema schema) {
			schema.create("users", (table) -> {
				table.increments("id");
				table.string("email").unique();
				table.string("name", 100).nullable();
			});
		}

	}

	/** An explicit down(). */
	static final class V2_CreatePosts implements Migration {

		@Override
		public void up(Schema schema) {
			schema.create("posts", (table) -> {
				table.increments("id");
				table.integer("user_id");
				table.foreign("user_id").references("id").on("users").cascadeOnDelete();
				table.string("title");
			});
		}

		@Override
		public void down(Schema schema) {
			schema.drop("posts");
		}

	}

	/** No down(): a column with an index, a rename and a dropped column. */
	static final class V3_ReshapeUsers implements Migration {

		@Override
		public void up(Schema schema) {
			schema.table("users", (table) -> {
				table.string("nickname", 40).nullable().index();
				table.renameColumn("email", "email_address");
				table.dropColumn("name");
			});
		}

	}

	/** Raw SQL without down(): cannot be undone. */
	static final class V4_SeedUsers implements Migration {

		@Override
		public void up(Schema schema) {
			schema.sql("insert into users (email_address, nickname) values ('ada@example.com', 'ada')");
		}

	}

	/** Raw SQL with a down(). */
	static final class V4_SeedUsersReversibly implements Migration {

		@Override
		public void up(Schema schema) {
			schema.sql("insert into users (email_address, nickname) values ('ada@example.com', 'ada')");
		}

		@Override
		public void down(Schema schema) {
			schema.sql("delete from users where email_address = 'ada@example.com'");
		}

	}

	/** A down() that the database rejects after a statement that succeeded. */
	static final class V5_CreateTags implements Migration {

		@Override
		public void up(Schema schema) {
			schema.create("tags", (table) -> {
				table.increments("id");
				table.string("label", 40);
			});
		}

		@Override
		public void down(Schema schema) {
			schema.drop("tags");
			schema.sql("delete from no_such_table");
		}

	}

	/** A down() that names a table the migrations never created. */
	static final class V5_DownOnNothing implements Migration {

		@Override
		public void up(Schema schema) {
			schema.create("tags", (table) -> table.increments("id"));
		}

		@Override
		public void down(Schema schema) {
			schema.drop("labels");
		}

	}

	/** A down() that forgets the index its up() created. */
	static final class V5_ForgetfulDown implements Migration {

		@Override
		public void up(Schema schema) {
			schema.table("users", (table) -> table.index("nickname"));
		}

		@Override
		public void down(Schema schema) {
		}

	}

}
