package dev.strata.autoconfigure.migrations;

import dev.strata.migration.Migration;
import dev.strata.migration.Schema;

public class V1_CreateThings implements Migration {

	@Override
	public void up(Schema schema) {
		schema.create("things", (table) -> {
			table.bigIncrements("id");
			table.string("name", 100);
		});
	}

}
