package dev.strata.entity;

import java.util.EnumMap;
import java.util.Map;

import dev.strata.entity.model.EntityModel;
import dev.strata.model.Table;

/**
 * The test model read once per database and shared by the tests.
 */
final class EntityModelSchemas {

	private static final Map<TestDatabase, EntitySchema> SCHEMAS = new EnumMap<>(TestDatabase.class);

	private EntityModelSchemas() {
	}

	static synchronized EntitySchema schema(TestDatabase database) {
		return SCHEMAS.computeIfAbsent(database, (key) -> key.read(EntityModel.CLASSES));
	}

	static Table table(TestDatabase database, String name) {
		return schema(database).snapshot().table(name).orElseThrow(() -> new AssertionError("No table " + name));
	}

}
