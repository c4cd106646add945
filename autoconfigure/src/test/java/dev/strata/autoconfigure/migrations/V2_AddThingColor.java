package dev.strata.autoconfigure.migrations;

import dev.strata.migration.Migration;
import dev.strata.migration.Schema;

public class V2_AddThingColor implements Migration {

	@Override
	public void up(Schema schema) {
		schema.table("things", (table) -> table.string("color", 20).nullable());
	}

}
