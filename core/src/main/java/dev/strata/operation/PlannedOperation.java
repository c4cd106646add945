package dev.strata.operation;

import java.util.List;
import java.util.Objects;

/**
 * An operation of a generated migration with the warnings that concern it (data that
 * could be lost, a statement that fails on existing rows). The code generator writes each
 * warning in a {@code // WARNING:} comment above the statement and in the class Javadoc.
 *
 * @param operation the operation
 * @param warnings what the author should check about it, often empty
 */
public record PlannedOperation(SchemaOperation operation, List<String> warnings) {

	public PlannedOperation {
		Objects.requireNonNull(operation, "'operation' must not be null");
		warnings = List.copyOf(warnings);
	}

	/**
	 * Return an operation without warnings.
	 * @param operation the operation
	 * @return the planned operation
	 */
	public static PlannedOperation of(SchemaOperation operation) {
		return new PlannedOperation(operation, List.of());
	}

	/**
	 * Return operations without warnings, in the same order.
	 * @param operations the operations
	 * @return the planned operations
	 */
	public static List<PlannedOperation> allOf(List<? extends SchemaOperation> operations) {
		return operations.stream().map(PlannedOperation::of).toList();
	}

}
