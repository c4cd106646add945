package dev.strata.codegen;

import java.util.List;

/**
 * Round-trip cases written with the DSL itself: the operations come out exactly as the
 * DSL records them, names included, so the generated class must record them again.
 */
final class DslRoundTripCases {

	private DslRoundTripCases() {
	}

	static List<RoundTripCase> all() {
		return List.of(blogs(), everyColumnMethod(), namedAndConventionalConstraints(), alterVocabulary(),
				schemaVocabulary());
	}

	private static RoundTripCase blogs() {
		return RoundTripCase.dsl("create blogs table", (schema) -> {
			schema.create("users", (table) -> {
				table.increments("id");
				table.string("email", 320).unique();
			});
			schema.create("blogs", (table) -> {
				table.increments("id");
				table.string("title");
				table.text("body");
				table.integer("active");
				table.integer("user_id").unsigned();
				table.foreign("user_id").references("id").on("users");
				table.timestamps();
			});
		}, (schema) -> {
			schema.drop("blogs");
			schema.drop("users");
		});
	}

	private static RoundTripCase everyColumnMethod() {
		return RoundTripCase.dsl("every column method", (schema) -> schema.create("everything", (table) -> {
			table.bigIncrements("id");
			table.integer("a").defaultValue(7);
			table.bigInteger("b").defaultValue(9_000_000_000L).nullable();
			table.smallInteger("c").unsigned();
			table.tinyInteger("d").defaultValue(-1);
			table.string("e");
			table.string("f", 12).defaultValue("it's \"quoted\" \\ naïve ☃");
			table.character("g");
			table.character("h", 3).defaultValue("");
			table.text("i").defaultValue("two\nlines\tand a tab");
			table.clob("j").nullable();
			table.blob("k").nullable();
			table.bool("l").defaultValue(true);
			table.date("m").defaultExpression("current_date");
			table.time("n");
			table.time("o", 3);
			table.timeTz("p");
			table.dateTime("q");
			table.timestamp("r", 0).defaultExpression("current_timestamp");
			table.timestampTz("s");
			table.timestampTz("t", 6);
			table.decimal("u", 12, 2).defaultValue(new java.math.BigDecimal("10.50"));
			table.decimal("v", 5, 0).defaultValue(0.25).unsigned();
			table.doublePrecision("w").defaultValue(1.5);
			table.real("x");
			table.binary("y");
			table.binary("z", 16);
			table.uuid("aa");
			table.json("ab").defaultValue("{\"k\": [1, 2]}");
			table.enumeration("ac", "ACTIVE", "BLOCKED").defaultValue("ACTIVE");
			table.specificType("ad", "citext");
			table.bigInteger("ae").autoIncrement();
			table.timestamps();
		}), (schema) -> schema.dropIfExists("everything"));
	}

	private static RoundTripCase namedAndConventionalConstraints() {
		return RoundTripCase.dsl("named and conventional constraints", (schema) -> {
			schema.create("parents", (table) -> {
				table.integer("a");
				table.integer("b");
				table.primary("a", "b").name("pk_parents");
			});
			schema.create("children", (table) -> {
				table.integer("id").primary();
				table.integer("a").index().check("a > 0");
				table.integer("b").unique();
				table.string("code", 8).unique().index();
				table.check("a <> b");
				table.integer("c").check("c >= 0");
				table.check("a < 100").name("small_a");
				table.check("b < 100");
				table.unique("a", "b").name("uk_children_ab");
				table.unique("code", "a");
				table.index("b", "a");
				table.uniqueIndex("code").name("ix_code");
				table.foreign("a", "b").references("a", "b").on("parents").onDelete("cascade").onUpdate("no action");
				table.foreign("c").references("a").on("parents").onDelete("set null").name("fk_c");
				table.foreign("id").references("b").on("parents").cascadeOnDelete().onUpdate("restrict");
			});
		}, (schema) -> {
			schema.drop("children");
			schema.drop("parents");
		});
	}

	private static RoundTripCase alterVocabulary() {
		return RoundTripCase.dsl("alter every way", (schema) -> {
			schema.table("users", (table) -> {
				table.string("nickname", 40).nullable().unique();
				table.string("email", 320).change();
				table.renameColumn("name", "full_name");
				table.index("full_name");
				table.dropColumn("legacy");
				table.dropColumn("a", "b");
				table.increments("number");
				table.integer("age").nullable().check("age >= 0").index();
				table.string("code").primary().unique().index().check("code <> ''").change();
				table.check("age < 200");
				table.check("age < 300").name("age_limit");
				table.check("age < 400");
				table.primary("a", "b").name("users_key");
				table.unique("x", "y").name("uk_xy");
				table.uniqueIndex("x");
				table.foreign("team_id").references("id").on("teams").onDelete("set default");
				table.timestamps();
			});
			schema.table("posts", (table) -> {
				table.dropUnique("posts_title_key");
				table.dropUnique("a", "b");
				table.dropIndex("posts_title_idx");
				table.dropForeign("posts_author_id_fkey");
				table.dropForeign("editor_id");
				table.dropCheck("posts_check");
				table.renameConstraint("fk1a2b3c4d5e6f7g8h9i0j1k2l3", "fk_posts_team");
				table.dropPrimary();
				table.dropTimestamps();
			});
			schema.table("users", (table) -> table.dropColumn("nickname"));
		}, (schema) -> schema.table("users", (table) -> {
			table.string("nickname", 40).nullable().change();
			table.renameColumn("full_name", "name");
		}));
	}

	private static RoundTripCase schemaVocabulary() {
		return RoundTripCase.dsl("schema vocabulary", (schema) -> {
			schema.rename("blogs", "posts");
			schema.createSequence("plain");
			schema.createSequence("big", (sequence) -> sequence.startWith(Long.MAX_VALUE).incrementBy(-50));
			schema.createSequence("small", (sequence) -> sequence.startWith(Long.MIN_VALUE));
			schema.alterSequence("plain", 10);
			schema.renameSequence("plain", "simple");
			schema.dropSequence("old_seq");
			schema.sql("update posts set title = 'x'");
			schema.sql("create view v as\nselect \"a\" from \"\"\"\"x\\y\n");
			schema.dropIfExists("tmp");
			schema.drop("gone");
		}, (schema) -> schema.rename("posts", "blogs"));
	}

}
