package dev.strata.runner;

import java.util.List;

import dev.strata.runner.BadInput.Step;
import dev.strata.runner.BlogMigrations.V3_SeedUsers;

/**
 * The mistakes users make in migrations, each with the exact message Strata answers with.
 * See {@link AbstractBadInputTests}.
 */
final class BadInputCatalogue {

	private BadInputCatalogue() {
	}

	static List<BadInput> cases() {
		return List.of(BadInput.of("default value of the wrong type for an integer column",
				"Migration [V3_TextDefaultForInteger] (table [users], column [age]): Column [age] of table [users]: the default value ['abc'] is not a number, but the column is integer",
				new V3_TextDefaultForInteger()),
				BadInput.of("default value of a type that is not a literal",
						"Migration [V3_ObjectDefault] (table [users], column [seen_at]): Column [seen_at] of table [users]: A default value must be a String, a Number or a Boolean, was java.time.LocalDate (use defaultExpression for SQL)",
						new V3_ObjectDefault()),
				BadInput.of("decimal precision smaller than its scale",
						"Migration [V3_PrecisionBelowScale] (table [users], column [balance]): Column [balance] of table [users]: scale 5 must be between 0 and the precision 2",
						new V3_PrecisionBelowScale()),
				BadInput.of("decimal precision of zero",
						"Migration [V3_ZeroPrecision] (table [users], column [balance]): Column [balance] of table [users]: precision must be positive, was 0",
						new V3_ZeroPrecision()),
				BadInput.of("string length of zero",
						"Migration [V3_ZeroLength] (table [users], column [nickname]): Column [nickname] of table [users]: length must be positive, was 0",
						new V3_ZeroLength()),
				BadInput.of("index on a column that does not exist",
						"Migration [V3_IndexOnMissingColumn] (table [posts], column [published_at]): The index on [published_at] of table [posts] names column [published_at], which does not exist. Nothing was run.",
						new V3_IndexOnMissingColumn()),
				BadInput.of("foreign key to a table that does not exist",
						"Migration [V3_ForeignKeyToMissingTable] (table [posts], column [category_id]): Foreign key [posts_category_id_fkey] [category_id] -> categories[id] of table [posts] references table [categories], which does not exist. Nothing was run.",
						new V3_ForeignKeyToMissingTable()),
				BadInput.of("foreign key to a column that does not exist",
						"Migration [V3_ForeignKeyToMissingColumn] (table [posts], column [editor_id]): Foreign key [posts_editor_id_fkey] [editor_id] -> users[uid] of table [posts] references column [uid] of table [users], which does not exist. Nothing was run.",
						new V3_ForeignKeyToMissingColumn()),
				BadInput.of("foreign key from a column that does not exist",
						"Migration [V3_ForeignKeyFromMissingColumn] (table [posts], column [editor_id]): The foreign key on [editor_id] of table [posts] names column [editor_id], which does not exist. Nothing was run.",
						new V3_ForeignKeyFromMissingColumn()),
				BadInput.of("the same column twice in a new table",
						"Migration [V3_DuplicateColumn] (table [comments], column [body]): Column [body] is defined twice in table [comments]. Nothing was run.",
						new V3_DuplicateColumn()),
				BadInput.of("adding a column that already exists",
						"Migration [V3_AddExistingColumn] (table [users], column [email]): Column [email] already exists in table [users]. Nothing was run.",
						new V3_AddExistingColumn()),
				BadInput.of("creating a table that already exists",
						"Migration [V3_CreateExistingTable] (table [posts]): Table [posts] already exists. Nothing was run.",
						new V3_CreateExistingTable()),
				BadInput.of("altering a table that does not exist",
						"Migration [V3_AlterMissingTable] (table [comments]): Cannot add column [body] in table [comments]: the table does not exist. Nothing was run.",
						new V3_AlterMissingTable()),
				BadInput.of("dropping a table that does not exist",
						"Migration [V3_DropMissingTable] (table [comments]): Cannot drop table [comments]: it does not exist. Nothing was run.",
						new V3_DropMissingTable()),
				BadInput.of("dropping a column that does not exist",
						"Migration [V3_DropMissingColumn] (table [users], column [nickname]): Cannot drop column [nickname] of table [users]: the column does not exist. Nothing was run.",
						new V3_DropMissingColumn()),
				BadInput.of("renaming a column onto an existing one",
						"Migration [V3_RenameOntoExistingColumn] (table [users], column [name]): Cannot rename column [name] of table [users] to [email]: that column already exists. Nothing was run.",
						new V3_RenameOntoExistingColumn()),
				BadInput.of("renaming a table onto an existing one",
						"Migration [V3_RenameOntoExistingTable] (table [users]): Cannot rename table [posts] to [users]: a table of that name already exists. Nothing was run.",
						new V3_RenameOntoExistingTable()),
				BadInput.of("a table without columns",
						"Migration [V3_TableWithoutColumns] (table [comments]): Table [comments] has no columns. Nothing was run.",
						new V3_TableWithoutColumns()),
				BadInput.of("two primary keys",
						"Migration [V3_TwoPrimaryKeys] (table [comments]): Table [comments] declares primary() twice",
						new V3_TwoPrimaryKeys()),
				BadInput.of("dropping an index that does not exist",
						"Migration [V3_DropMissingIndex] (table [posts]): Cannot drop index [posts_title_idx] of table [posts]: no index has that name or those columns. Nothing was run.",
						new V3_DropMissingIndex()),
				BadInput.of("an enumeration without values",
						"Migration [V3_EmptyEnumeration] (table [posts], column [status]): Column [status] of table [posts]: an enumeration needs at least one value",
						new V3_EmptyEnumeration()),
				BadInput.of("unsigned on a text column",
						"Migration [V3_UnsignedText] (table [posts], column [summary]): Column [summary] of table [posts] is of type text and cannot be unsigned",
						new V3_UnsignedText()),
				BadInput.of("a blank default expression",
						"Migration [V3_BlankDefaultExpression] (table [posts], column [created_at]): Column [created_at] of table [posts]: the default expression is blank",
						new V3_BlankDefaultExpression()),
				BadInput.of("an empty raw SQL statement", "Migration [V3_EmptySql]: sql() was given an empty statement",
						new V3_EmptySql()),
				BadInput.of("a blank table name",
						"Migration [V3_BlankTableName] (table [ ]): Table [ ]: create() was given an empty name",
						new V3_BlankTableName()),
				BadInput.of("dropping a column that a foreign key uses",
						"Migration [V3_DropReferencedColumn] (table [users], column [id]): Cannot drop column [id] of table [users]: foreign key [posts_user_id_fkey] [user_id] -> users[id] of table [posts] references it; drop that foreign key first. Nothing was run.",
						new V3_DropReferencedColumn()),
				BadInput.of("an exception inside up()",
						"Migration [V3_ThrowsInUp] failed in up() while recording its operations: java.lang.IllegalStateException: configuration not loaded; up() must only describe the change with the schema builder",
						new V3_ThrowsInUp()),
				BadInput.of("a migration class without a version in its name",
						"Migration class [dev.strata.runner.BadInputCatalogue$CreateComments] is not named as a migration: rename it to V<version>_<Description>, for example V00000001_CreateBlogsTable",
						new CreateComments()),
				BadInput.of("two migrations with the same version",
						"Migrations [dev.strata.runner.BadInputCatalogue$V3_CreateComments] and [dev.strata.runner.BadInputCatalogue$V3_CreateLikes] both have version [3]: each version must be used once, so give one of them the next free version",
						new V3_CreateComments(), new V3_CreateLikes()),
				BadInput.of("a version below the current one",
						"Migration [V4_CreateLikes] has version 4, below version 5 that the database is already at, and was never applied. Give it a version above 5 (rename it to V00000006_CreateLikes), or set migrations.out-of-order=true to apply it anyway. Nothing was run.",
						new V4_CreateLikes())
					.after(new V3_SeedUsers(), new V5_CreateLabels()),
				BadInput.byDatabase("raw SQL that fails halfway",
						"Migration [V3_RawSqlFailsHalfway] failed on statement [insert into comments (body) values (null)]: NULL not allowed for column \"BODY\"; SQL statement:\ninsert into comments (body) values (null) [23502-240]. Strata could not undo everything (H2 cannot roll back DDL): raw SQL cannot be undone automatically. Still applied: [V3_RawSqlFailsHalfway] create table comments (id integer generated by default as identity, body text not null, constraint comments_pkey primary key (id)); [V3_RawSqlFailsHalfway] insert into comments (body) values ('first'). This failure is recorded in the history table [strata_schema_history] (installed_rank 3), and runs will refuse to continue until it is resolved: bring the schema back by hand, then delete from strata_schema_history where installed_rank = 3.",
						"Migration [V3_RawSqlFailsHalfway] failed on statement [insert into comments (body) values (null)]: ERROR: null value in column \"body\" of relation \"comments\" violates not-null constraint\n  Detail: Failing row contains (2, null). The database and the history table are as they were before this run.",
						new V3_RawSqlFailsHalfway()),
				BadInput.byDatabase("a NOT NULL column without default on a table with rows",
						"Migration [V4_AddRequiredColumn] failed on statement [alter table users add column nickname varchar(255) not null] (table [users], column [nickname]): NULL not allowed for column \"NICKNAME\"; SQL statement:\nINSERT INTO \"PUBLIC\".\"USERS_COPY_9_0\"(\"ID\", \"EMAIL\", \"NAME\") OVERRIDING SYSTEM VALUE SELECT \"ID\", \"EMAIL\", \"NAME\" FROM \"PUBLIC\".\"USERS\" [23502-240]. The database and the history table are as they were before this run.",
						"Migration [V4_AddRequiredColumn] failed on statement [alter table users add column nickname varchar(255) not null] (table [users], column [nickname]): ERROR: column \"nickname\" of relation \"users\" contains null values. The database and the history table are as they were before this run.",
						new V4_AddRequiredColumn())
					.after(new V3_SeedUsers()),
				BadInput.byDatabase("a unique constraint over duplicate values",
						"Migration [V5_UniqueOverDuplicates] failed on statement [alter table users add constraint users_name_key unique (name)] (table [users], column [name]): Unique index or primary key violation: \"PUBLIC.USERS_NAME_KEY_INDEX_4 ON PUBLIC.USERS(NAME NULLS FIRST) VALUES ( /* 1 */ 'Ada' )\"; SQL statement:\nalter table users add constraint users_name_key unique (name) [23505-240]. The database and the history table are as they were before this run.",
						"Migration [V5_UniqueOverDuplicates] failed on statement [alter table users add constraint users_name_key unique (name)] (table [users], column [name]): ERROR: could not create unique index \"users_name_key\"\n  Detail: Key (name)=(Ada) is duplicated. The database and the history table are as they were before this run.",
						new V5_UniqueOverDuplicates())
					.after(new V3_SeedUsers(), new V4_GiveEveryoneOneName()),
				BadInput.byDatabase("a check constraint that existing rows violate",
						"Migration [V4_CheckViolatedByRows] failed on statement [alter table users add constraint users_email_check check (char_length(email) < 5)] (table [users]): Check constraint violation: \"USERS_EMAIL_CHECK\"; SQL statement:\nalter table users add constraint users_email_check check (char_length(email) < 5) [23513-240]. The database and the history table are as they were before this run.",
						"Migration [V4_CheckViolatedByRows] failed on statement [alter table users add constraint users_email_check check (char_length(email) < 5)] (table [users]): ERROR: check constraint \"users_email_check\" of relation \"users\" is violated by some row. The database and the history table are as they were before this run.",
						new V4_CheckViolatedByRows())
					.after(new V3_SeedUsers()),
				BadInput.of("a fractional default for an integer column",
						"Migration [V3_FractionalDefault] (table [users], column [score]): Column [score] of table [users]: the default value [2.5] is not a whole number, but the column is integer",
						new V3_FractionalDefault()),
				BadInput.of("a boolean column with a text default",
						"Migration [V3_TextDefaultForBoolean] (table [users], column [active]): Column [active] of table [users]: the default value ['yes'] is not true or false, but the column is boolean",
						new V3_TextDefaultForBoolean()),
				BadInput.byDatabase("a foreign key between columns of different types",
						"Migration [V3_ForeignKeyTypeMismatch] failed on statement [alter table posts add constraint posts_reviewer_id_fkey foreign key (reviewer_id) references users (id)] (table [posts], column [reviewer_id]): Column \"\"\"REVIEWER_ID\"\" DATE\" references uncomparable column \"\"\"ID\"\" INTEGER GENERATED BY DEFAULT AS IDENTITY(START WITH 1) NOT NULL\"; SQL statement:\nalter table posts add constraint posts_reviewer_id_fkey foreign key (reviewer_id) references users (id) [90153-240]. H2 cannot roll back DDL, so Strata undid the 1 statement(s) that had run. The database and the history table are as they were before this run.",
						"Migration [V3_ForeignKeyTypeMismatch] failed on statement [alter table posts add constraint posts_reviewer_id_fkey foreign key (reviewer_id) references users (id)] (table [posts], column [reviewer_id]): ERROR: foreign key constraint \"posts_reviewer_id_fkey\" cannot be implemented\n  Detail: Key columns \"reviewer_id\" and \"id\" are of incompatible types: date and integer. The database and the history table are as they were before this run.",
						new V3_ForeignKeyTypeMismatch()),
				BadInput.byDatabase("a name too long for the database",
						"Migration [V3_NameTooLong] names table [comments_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx] (table [comments_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]) with 259 characters, but H2 accepts at most 256: choose a shorter name. Nothing was run.",
						"Migration [V3_NameTooLong] names table [comments_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx] (table [comments_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]) with 259 characters, but PostgreSQL accepts at most 63: choose a shorter name. Nothing was run.",
						new V3_NameTooLong()));
	}

	static final class V3_TextDefaultForInteger extends Step {

		V3_TextDefaultForInteger() {
			super((schema) -> schema.table("users", (table) -> table.integer("age").defaultValue("abc")));
		}

	}

	static final class V3_ObjectDefault extends Step {

		V3_ObjectDefault() {
			super((schema) -> schema.table("users",
					(table) -> table.timestamp("seen_at").defaultValue(java.time.LocalDate.of(2024, 1, 1))));
		}

	}

	static final class V3_PrecisionBelowScale extends Step {

		V3_PrecisionBelowScale() {
			super((schema) -> schema.table("users", (table) -> table.decimal("balance", 2, 5).nullable()));
		}

	}

	static final class V3_ZeroPrecision extends Step {

		V3_ZeroPrecision() {
			super((schema) -> schema.table("users", (table) -> table.decimal("balance", 0, 0).nullable()));
		}

	}

	static final class V3_ZeroLength extends Step {

		V3_ZeroLength() {
			super((schema) -> schema.table("users", (table) -> table.string("nickname", 0).nullable()));
		}

	}

	static final class V3_IndexOnMissingColumn extends Step {

		V3_IndexOnMissingColumn() {
			super((schema) -> schema.table("posts", (table) -> table.index("published_at")));
		}

	}

	static final class V3_ForeignKeyToMissingTable extends Step {

		V3_ForeignKeyToMissingTable() {
			super((schema) -> schema.table("posts", (table) -> {
				table.integer("category_id").nullable();
				table.foreign("category_id").references("id").on("categories");
			}));
		}

	}

	static final class V3_ForeignKeyToMissingColumn extends Step {

		V3_ForeignKeyToMissingColumn() {
			super((schema) -> schema.table("posts", (table) -> {
				table.integer("editor_id").nullable();
				table.foreign("editor_id").references("uid").on("users");
			}));
		}

	}

	static final class V3_ForeignKeyFromMissingColumn extends Step {

		V3_ForeignKeyFromMissingColumn() {
			super((schema) -> schema.table("posts",
					(table) -> table.foreign("editor_id").references("id").on("users")));
		}

	}

	static final class V3_DuplicateColumn extends Step {

		V3_DuplicateColumn() {
			super((schema) -> schema.create("comments", (table) -> {
				table.increments("id");
				table.text("body");
				table.string("body");
			}));
		}

	}

	static final class V3_AddExistingColumn extends Step {

		V3_AddExistingColumn() {
			super((schema) -> schema.table("users", (table) -> table.string("email")));
		}

	}

	static final class V3_CreateExistingTable extends Step {

		V3_CreateExistingTable() {
			super((schema) -> schema.create("posts", (table) -> table.increments("id")));
		}

	}

	static final class V3_AlterMissingTable extends Step {

		V3_AlterMissingTable() {
			super((schema) -> schema.table("comments", (table) -> table.string("body")));
		}

	}

	static final class V3_DropMissingTable extends Step {

		V3_DropMissingTable() {
			super((schema) -> schema.drop("comments"));
		}

	}

	static final class V3_DropMissingColumn extends Step {

		V3_DropMissingColumn() {
			super((schema) -> schema.table("users", (table) -> table.dropColumn("nickname")));
		}

	}

	static final class V3_RenameOntoExistingColumn extends Step {

		V3_RenameOntoExistingColumn() {
			super((schema) -> schema.table("users", (table) -> table.renameColumn("name", "email")));
		}

	}

	static final class V3_RenameOntoExistingTable extends Step {

		V3_RenameOntoExistingTable() {
			super((schema) -> schema.rename("posts", "users"));
		}

	}

	static final class V3_TableWithoutColumns extends Step {

		V3_TableWithoutColumns() {
			super((schema) -> schema.create("comments", (table) -> {
			}));
		}

	}

	static final class V3_TwoPrimaryKeys extends Step {

		V3_TwoPrimaryKeys() {
			super((schema) -> schema.create("comments", (table) -> {
				table.integer("id");
				table.integer("number");
				table.primary("id");
				table.primary("number");
			}));
		}

	}

	static final class V3_DropMissingIndex extends Step {

		V3_DropMissingIndex() {
			super((schema) -> schema.table("posts", (table) -> table.dropIndex("posts_title_idx")));
		}

	}

	static final class V3_EmptyEnumeration extends Step {

		V3_EmptyEnumeration() {
			super((schema) -> schema.table("posts", (table) -> table.enumeration("status").nullable()));
		}

	}

	static final class V3_UnsignedText extends Step {

		V3_UnsignedText() {
			super((schema) -> schema.table("posts", (table) -> table.text("summary").nullable().unsigned()));
		}

	}

	static final class V3_BlankDefaultExpression extends Step {

		V3_BlankDefaultExpression() {
			super((schema) -> schema.table("posts", (table) -> table.timestamp("created_at").defaultExpression(" ")));
		}

	}

	static final class V3_EmptySql extends Step {

		V3_EmptySql() {
			super((schema) -> schema.sql(""));
		}

	}

	static final class V3_BlankTableName extends Step {

		V3_BlankTableName() {
			super((schema) -> schema.create(" ", (table) -> table.increments("id")));
		}

	}

	static final class V3_DropReferencedColumn extends Step {

		V3_DropReferencedColumn() {
			super((schema) -> schema.table("users", (table) -> table.dropColumn("id")));
		}

	}

	static final class V3_ThrowsInUp extends Step {

		V3_ThrowsInUp() {
			super((schema) -> {
				throw new IllegalStateException("configuration not loaded");
			});
		}

	}

	static final class CreateComments extends Step {

		CreateComments() {
			super((schema) -> schema.create("comments", (table) -> table.increments("id")));
		}

	}

	static final class V3_CreateComments extends Step {

		V3_CreateComments() {
			super((schema) -> schema.create("comments", (table) -> table.increments("id")));
		}

	}

	static final class V3_CreateLikes extends Step {

		V3_CreateLikes() {
			super((schema) -> schema.create("likes", (table) -> table.increments("id")));
		}

	}

	static final class V5_CreateLabels extends Step {

		V5_CreateLabels() {
			super((schema) -> schema.create("labels", (table) -> table.increments("id")));
		}

	}

	static final class V4_CreateLikes extends Step {

		V4_CreateLikes() {
			super((schema) -> schema.create("likes", (table) -> table.increments("id")));
		}

	}

	static final class V3_RawSqlFailsHalfway extends Step {

		V3_RawSqlFailsHalfway() {
			super((schema) -> {
				schema.create("comments", (table) -> {
					table.increments("id");
					table.text("body");
				});
				schema.sql("insert into comments (body) values ('first')");
				schema.sql("insert into comments (body) values (null)");
			});
		}

	}

	static final class V4_AddRequiredColumn extends Step {

		V4_AddRequiredColumn() {
			super((schema) -> schema.table("users", (table) -> table.string("nickname")));
		}

	}

	static final class V4_GiveEveryoneOneName extends Step {

		V4_GiveEveryoneOneName() {
			super((schema) -> schema.sql("update users set name = 'Ada'"));
		}

	}

	static final class V5_UniqueOverDuplicates extends Step {

		V5_UniqueOverDuplicates() {
			super((schema) -> schema.table("users", (table) -> table.unique("name")));
		}

	}

	static final class V4_CheckViolatedByRows extends Step {

		V4_CheckViolatedByRows() {
			super((schema) -> schema.table("users", (table) -> table.check("char_length(email) < 5")));
		}

	}

	static final class V3_ForeignKeyTypeMismatch extends Step {

		V3_ForeignKeyTypeMismatch() {
			super((schema) -> schema.table("posts", (table) -> {
				table.date("reviewer_id").nullable();
				table.foreign("reviewer_id").references("id").on("users");
			}));
		}

	}

	static final class V3_FractionalDefault extends Step {

		V3_FractionalDefault() {
			super((schema) -> schema.table("users", (table) -> table.integer("score").defaultValue(2.5)));
		}

	}

	static final class V3_TextDefaultForBoolean extends Step {

		V3_TextDefaultForBoolean() {
			super((schema) -> schema.table("users", (table) -> table.bool("active").defaultValue("yes")));
		}

	}

	static final class V3_NameTooLong extends Step {

		V3_NameTooLong() {
			super((schema) -> schema.create("comments_" + "x".repeat(250), (table) -> table.increments("id")));
		}

	}

}
