package dev.strata.maven.sample.valid.migrations;

import dev.strata.migration.Migration;
import dev.strata.migration.Schema;

/**
 * Adds the biography, with an explicit down().
 */
public final class V00000002_AddAuthorBio implements Migration {

	@Override
	public void up(Schema schema) {
		schema.table("authors", (table) -> table.string("bio").nullable());
	}

	@Override
	public void down(Schema schema) {
		schema.table("authors", (table) -> table.dropColumn("bio"));
	}

}
