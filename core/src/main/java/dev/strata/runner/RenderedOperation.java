package dev.strata.runner;

import java.util.List;

import dev.strata.model.SchemaSnapshot;
import dev.strata.operation.SchemaOperation;

/**
 * An operation of a pending migration with the schema before it and the SQL it renders
 * to.
 *
 * @param operation the operation
 * @param before the schema before it, as the migrations build it
 * @param statements the SQL statements, in order
 */
record RenderedOperation(SchemaOperation operation, SchemaSnapshot before, List<String> statements) {

	RenderedOperation {
		statements = List.copyOf(statements);
	}

}
