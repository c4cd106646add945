package dev.strata.codegen;

import dev.strata.operation.PlannedOperation;
import java.util.List;
import java.util.function.Consumer;

import dev.strata.migration.Schema;
import dev.strata.operation.SchemaOperation;

/**
 * Operations to write into a migration, and the operations its {@code up()} and
 * {@code down()} must record when it runs: the same ones, except where the writer
 * documents that the DSL cannot say them exactly.
 *
 * @param name what the case covers
 * @param up the operations of {@code up()}
 * @param expectedUp what {@code up()} must record
 * @param down the operations of {@code down()}
 * @param expectedDown what {@code down()} must record
 */
record RoundTripCase(String name, List<PlannedOperation> up, List<SchemaOperation> expectedUp,
		List<PlannedOperation> down, List<SchemaOperation> expectedDown) {

	static RoundTripCase exact(String name, List<SchemaOperation> up, List<SchemaOperation> down) {
		return new RoundTripCase(name, PlannedOperation.allOf(up), up, PlannedOperation.allOf(down), down);
	}

	static RoundTripCase dsl(String name, Consumer<Schema> up, Consumer<Schema> down) {
		return exact(name, record(up), record(down));
	}

	static List<SchemaOperation> record(Consumer<Schema> migration) {
		Schema schema = new Schema();
		migration.accept(schema);
		return schema.operations();
	}

	MigrationSource source(long version) {
		return new MigrationSource("dev.strata.codegen.roundtrip", version, this.name, this.up, this.down,
				List.of("Round trip case " + this.name));
	}

	@Override
	public String toString() {
		return this.name;
	}

}
