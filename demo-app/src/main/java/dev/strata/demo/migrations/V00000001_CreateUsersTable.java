package dev.strata.demo.migrations;

import dev.strata.migration.Migration;
import dev.strata.migration.Schema;

/**
 * The authors and readers of the blog.
 */
public final class V00000001_CreateUsersTable implements Migration {

	@Override
	public void up(Schema schema) {
		schema.create("users", (table) -> {
			table.increments("id");
			table.string("email").unique();
			table.string("name", 100);
			table.timestamps();
		});
	}

	@Override
	public void down(Schema schema) {
		schema.drop("users");
	}

}
