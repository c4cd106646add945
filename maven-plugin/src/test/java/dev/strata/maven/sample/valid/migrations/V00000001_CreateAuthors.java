package dev.strata.maven.sample.valid.migrations;

import dev.strata.migration.Migration;
import dev.strata.migration.Schema;

/**
 * Creates the authors; rolled back with the undo Strata derives.
 */
public final class V00000001_CreateAuthors implements Migration {

	@Override
	public void up(Schema schema) {
		schema.create("authors", (table) -> {
			table.bigIncrements("id");
			table.string("name", 100);
			table.string("email").nullable().unique();
		});
	}

}
