package dev.strata.runner;

import java.util.List;

import dev.strata.migration.Migration;
import dev.strata.migration.Schema;

/**
 * Migrations of a small blog for the runner tests.
 */
final class BlogMigrations {

	private BlogMigrations() {
	}

	static List<Migration> of(Migration... migrations) {
		return List.of(migrations);
	}

	static final class V1_CreateUsers implements Migration {

		@Override
		public void up(Schema schema) {
			schema.create("users", (table) -> {
				table.increments("id");
				table.string("email").unique();
				table.string("name").nullable();
			});
		}

	}

	static final class V2_CreatePosts implements Migration {

		@Override
		public void up(Schema schema) {
			schema.create("posts", (table) -> {
				table.increments("id");
				table.integer("user_id").index();
				table.foreign("user_id").references("id").on("users");
				table.string("title");
			});
		}

	}

	static final class V3_SeedUsers implements Migration {

		@Override
		public void up(Schema schema) {
			schema.sql("insert into users (email, name) values ('ada@example.com', 'Ada'), ('bob@example.com', null)");
		}

	}

	static final class V4_CreateTags implements Migration {

		@Override
		public void up(Schema schema) {
			schema.create("tags", (table) -> {
				table.increments("id");
				table.string("label", 40).unique();
			});
			schema.table("posts", (table) -> table.integer("tag_id").nullable());
		}

	}

	/**
	 * Runs several statements, then one the database rejects: adding a NOT NULL column
	 * without a default to a table that has rows.
	 */
	static final class V5_AddNickname implements Migration {

		@Override
		public void up(Schema schema) {
			schema.create("comments", (table) -> {
				table.increments("id");
				table.text("body");
			});
			schema.table("posts", (table) -> {
				table.string("slug", 80).nullable().index();
				table.dropColumn("tag_id");
			});
			schema.table("users", (table) -> table.string("nickname"));
		}

	}

	/**
	 * Runs a statement, then raw SQL that puts text into an integer column.
	 */
	static final class V5_BadInsert implements Migration {

		@Override
		public void up(Schema schema) {
			schema.table("users", (table) -> table.integer("age").nullable());
			schema.sql("insert into users (email, age) values ('eve@example.com', 'not a number')");
		}

	}

	/**
	 * Raw SQL that succeeds, then a statement that fails: raw SQL cannot be undone where
	 * DDL is not transactional.
	 */
	static final class V5_RawThenFail implements Migration {

		@Override
		public void up(Schema schema) {
			schema.sql("create table audit (id integer)");
			schema.table("users", (table) -> table.string("nickname"));
		}

	}

	/**
	 * A check constraint on a column that does not exist: the replayed schema cannot see
	 * inside the expression, the database rejects it.
	 */
	static final class V2_BadCheck implements Migration {

		@Override
		public void up(Schema schema) {
			schema.table("users", (table) -> table.integer("age").nullable());
			schema.table("users", (table) -> table.check("no_such_column > 0"));
		}

	}

	static final class V5_ForeignKeyToNowhere implements Migration {

		@Override
		public void up(Schema schema) {
			schema.table("posts", (table) -> {
				table.integer("category_id").nullable();
				table.foreign("category_id").references("id").on("categories");
			});
		}

	}

	static final class V5_LongName implements Migration {

		@Override
		public void up(Schema schema) {
			schema.table("users",
					(table) -> table.string("a_column_name_that_is_much_too_long_for_postgresql_which_stops_at_63")
						.nullable());
		}

	}

	/**
	 * The same version and class name as {@link V1_CreateUsers}, edited after it was
	 * applied.
	 */
	static final class Edited {

		private Edited() {
		}

		static final class V1_CreateUsers implements Migration {

			@Override
			public void up(Schema schema) {
				schema.create("users", (table) -> {
					table.increments("id");
					table.string("email", 320).unique();
					table.string("name").nullable();
				});
			}

		}

	}

}
