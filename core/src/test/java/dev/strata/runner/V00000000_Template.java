package dev.strata.runner;

import dev.strata.migration.Migration;
import dev.strata.migration.Schema;

/**
 * The template {@link GeneratedMigrations} copies under other versions: it creates a
 * small table named after its own version.
 */
public class V00000000_Template implements Migration {

	@Override
	public void up(Schema schema) {
		String version = getClass().getSimpleName().substring(1, 9);
		schema.create("t" + version, (table) -> {
			table.increments("id");
			table.string("name");
			table.timestamps();
		});
	}

}
