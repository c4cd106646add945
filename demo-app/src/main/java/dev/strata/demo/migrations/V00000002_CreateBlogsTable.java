package dev.strata.demo.migrations;

import dev.strata.migration.Migration;
import dev.strata.migration.Schema;

/**
 * The Masonite documentation's {@code create_blogs_table} migration, in the Java DSL.
 */
public final class V00000002_CreateBlogsTable implements Migration {

	@Override
	public void up(Schema schema) {
		schema.create("blogs", (table) -> {
			table.increments("id");
			table.string("title");
			table.text("body");
			table.integer("active");
			table.integer("user_id").unsigned();
			table.foreign("user_id").references("id").on("users");
			table.timestamps();
		});
	}

	@Override
	public void down(Schema schema) {
		schema.drop("blogs");
	}

}
