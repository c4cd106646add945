package dev.strata.autoconfigure.scanned;

import java.util.function.Consumer;

import dev.strata.migration.Blueprint;
import dev.strata.migration.Migration;
import dev.strata.migration.Schema;

public class V3_WithAnonymous implements Migration {

	@Override
	public void up(Schema schema) {
		schema.create("anonymous", new Consumer<Blueprint>() {

			@Override
			public void accept(Blueprint table) {
				table.bigIncrements("id");
			}

		});
	}

}
