package dev.strata.diff;

import java.util.List;
import java.util.Objects;

import dev.strata.operation.SchemaOperation;

/**
 * An operation of a generated migration with the warnings that go with it (data that
 * could be lost, a statement that fails on existing rows, a possible rename).
 *
 * @param operation the operation
 * @param warnings the warnings, empty if none
 */
public record PlannedOperation(SchemaOperation operation, List<String> warnings) {

	public PlannedOperation {
		Objects.requireNonNull(operation, "'operation' must not be null");
		warnings = List.copyOf(warnings);
	}

}
