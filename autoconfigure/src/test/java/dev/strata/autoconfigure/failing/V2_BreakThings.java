package dev.strata.autoconfigure.failing;

import dev.strata.migration.Migration;
import dev.strata.migration.Schema;

public class V2_BreakThings implements Migration {

	@Override
	public void up(Schema schema) {
		schema.table("things", (table) -> table.string("color", 20).nullable());
		schema.sql("insert into no_such_table values (1)");
	}

}
