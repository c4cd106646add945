package dev.strata.autoconfigure.injected;

import java.time.Clock;

import dev.strata.migration.Migration;
import dev.strata.migration.Schema;

/**
 * A migration class whose constructor needs a bean.
 */
public class V1_WithDependency implements Migration {

	private final Clock clock;

	public V1_WithDependency(Clock clock) {
		this.clock = clock;
	}

	public Clock clock() {
		return this.clock;
	}

	@Override
	public void up(Schema schema) {
		schema.create("with_dependency", (table) -> table.bigIncrements("id"));
	}

}
