package dev.strata.autoconfigure.load;

import dev.strata.migration.Migration;
import dev.strata.migration.Schema;

/**
 * Builds what {@link Note} declares.
 */
public final class V00000001_CreateNotes implements Migration {

	@Override
	public void up(Schema schema) {
		schema.create("note", (table) -> {
			table.bigIncrements("id");
			table.string("body").nullable();
		});
	}

}
