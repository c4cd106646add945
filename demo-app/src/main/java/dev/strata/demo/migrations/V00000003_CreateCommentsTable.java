package dev.strata.demo.migrations;

import dev.strata.migration.Migration;
import dev.strata.migration.Schema;

/**
 * Comments on blogs; a comment outlives its author but not its blog.
 */
public final class V00000003_CreateCommentsTable implements Migration {

	@Override
	public void up(Schema schema) {
		schema.create("comments", (table) -> {
			table.bigIncrements("id");
			table.integer("blog_id");
			table.integer("author_id").nullable();
			table.string("body", 2000);
			table.timestampTz("created_at").nullable();
			table.foreign("blog_id").references("id").on("blogs").cascadeOnDelete();
			table.foreign("author_id").references("id").on("users").onDelete("set null");
			table.index("blog_id");
		});
	}

	@Override
	public void down(Schema schema) {
		schema.drop("comments");
	}

}
