package dev.strata;

import dev.strata.migration.Migration;
import dev.strata.migration.Schema;

/**
 * A second migration for the tests of {@link Strata} itself: creates a table of tags.
 */
final class V2_CreateTags implements Migration {

	@Override
	public void up(Schema schema) {
		schema.create("tags", (table) -> table.increments("id"));
	}

	@Override
	public void down(Schema schema) {
		schema.drop("tags");
	}

}
