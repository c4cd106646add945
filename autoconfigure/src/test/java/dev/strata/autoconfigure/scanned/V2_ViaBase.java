package dev.strata.autoconfigure.scanned;

import dev.strata.migration.Schema;

public class V2_ViaBase extends BaseMigration {

	@Override
	public void up(Schema schema) {
		schema.create("via_base", (table) -> table.bigIncrements("id"));
	}

}
