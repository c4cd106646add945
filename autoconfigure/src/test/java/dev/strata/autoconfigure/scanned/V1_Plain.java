package dev.strata.autoconfigure.scanned;

import dev.strata.migration.Migration;
import dev.strata.migration.Schema;

public class V1_Plain implements Migration {

	public static int created;

	public V1_Plain() {
		created++;
	}

	@Override
	public void up(Schema schema) {
		schema.create(TableNames.PLAIN, (table) -> table.bigIncrements("id"));
	}

}
