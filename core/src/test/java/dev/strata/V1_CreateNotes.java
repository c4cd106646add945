package dev.strata;

import dev.strata.migration.Migration;
import dev.strata.migration.Schema;

/**
 * A first migration for the tests of {@link Strata} itself: creates a table of notes.
 */
final class V1_CreateNotes implements Migration {

	@Override
	public void up(Schema schema) {
		schema.create("notes", (table) -> table.increments("id"));
	}

	@Override
	public void down(Schema schema) {
		schema.drop("notes");
	}

}
