package dev.strata.dialect;

import java.util.List;
import java.util.function.Consumer;

import dev.strata.migration.Schema;

/**
 * Steps that together use every operation of the DSL, each step valid on the schema the
 * previous ones built. Dialect tests run them against real databases.
 */
final class VocabularyWalk {

	private VocabularyWalk() {
	}

	static List<Consumer<Schema>> steps() {
		return List.of((schema) -> schema.create("users", (table) -> {
			table.increments("id");
			table.string("email", 320).unique();
			table.string("name").nullable();
			table.character("country", 2).nullable();
			table.enumeration("status", "ACTIVE", "BLOCKED").defaultValue("ACTIVE");
			table.bool("admin").defaultValue(false);
			table.smallInteger("level").defaultValue(1);
			table.tinyInteger("flags").nullable();
			table.bigInteger("karma").defaultValue(0);
			table.decimal("balance", 12, 2).defaultValue(0);
			table.doublePrecision("ratio").nullable();
			table.real("weight").nullable();
			table.date("born").nullable();
			table.time("wake_up").nullable();
			table.dateTime("last_seen").nullable();
			table.timestampTz("verified_at").nullable();
			table.uuid("external_id").nullable();
			table.json("settings").nullable();
			table.binary("avatar").nullable();
			table.text("bio").nullable();
			table.clob("notes").nullable();
			table.blob("photo").nullable();
			table.timestamps();
		}), (schema) -> schema.create("blogs", (table) -> {
			table.increments("id");
			table.string("title");
			table.text("body");
			table.integer("active");
			table.integer("user_id").unsigned();
			table.foreign("user_id").references("id").on("users");
			table.timestamps();
		}), (schema) -> schema.create("comments", (table) -> {
			table.bigIncrements("id");
			table.integer("blog_id");
			table.integer("author_id").nullable();
			table.bigInteger("parent_id").nullable();
			table.string("body", 2000);
			table.foreign("blog_id").references("id").on("blogs").cascadeOnDelete();
			table.foreign("author_id").references("id").on("users").onDelete("set null").onUpdate("cascade");
			table.foreign("parent_id").references("id").on("comments");
			table.index("blog_id", "author_id");
			table.check("length(body) > 0");
		}), (schema) -> {
			schema.create("tags", (table) -> {
				table.string("name", 50);
				table.string("slug", 50);
				table.primary("name").name("tags_pk");
				table.unique("slug").name("tags_slug_uk");
			});
			schema.create("blog_tags", (table) -> {
				table.integer("blog_id");
				table.string("tag", 50);
				table.primary("blog_id", "tag");
				table.foreign("blog_id").references("id").on("blogs");
				table.foreign("tag").references("name").on("tags");
			});
			schema.createSequence("invoice_seq", (sequence) -> sequence.startWith(1000).incrementBy(50));
		}, (schema) -> schema.table("users", (table) -> {
			table.string("nickname", 40).nullable().unique();
			table.integer("age").nullable().check("age >= 0");
			table.string("email", 400).change();
			table.string("name", 100).defaultValue("anonymous").change();
			table.enumeration("status", "ACTIVE", "BLOCKED", "DELETED").change();
			table.renameColumn("born", "birthday");
			table.index("name", "country");
			table.uniqueIndex("external_id");
		}), (schema) -> schema.table("comments", (table) -> {
			table.dropForeign("parent_id");
			table.dropIndex("blog_id", "author_id");
			table.dropCheck("comments_body_check");
			table.dropColumn("parent_id");
			table.integer("score").defaultValue(0);
		}), (schema) -> {
			schema.rename("tags", "labels");
			schema.table("users", (table) -> {
				table.dropUnique("nickname");
				table.dropIndex("users_name_country_idx");
				table.dropCheck("users_age_check");
				table.dropColumn("age", "nickname");
				table.bigInteger("karma").nullable().change();
			});
			schema.table("blog_tags", (table) -> {
				table.dropForeign("blog_tags_tag_fkey");
				table.dropPrimary();
				table.primary("tag", "blog_id").name("blog_tags_by_tag");
			});
			schema.alterSequence("invoice_seq", 20);
			schema.renameSequence("invoice_seq", "bill_seq");
			schema.renameSequence("bill_seq", "invoice_seq");
			schema.createSequence("order_seq");
		}, (schema) -> {
			schema.dropSequence("invoice_seq");
		}, (schema) -> {
			schema.table("blog_tags", (table) -> table.foreign("tag").references("name").on("labels"));
			schema.table("labels", (table) -> table.renameConstraint("tags_slug_uk", "labels_slug_uk"));
			schema.table("users", (table) -> table.renameConstraint("users_external_id_idx", "users_by_external_id"));
			schema.table("labels", (table) -> table.dropUnique("labels_slug_uk"));
			schema.sql("insert into labels (name, slug) values ('java', 'java')");
			schema.create("scratch", (table) -> table.integer("x"));
			schema.dropIfExists("scratch");
			schema.dropIfExists("never_existed");
		});
	}

}
