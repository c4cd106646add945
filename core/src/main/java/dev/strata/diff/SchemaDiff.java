package dev.strata.diff;

import dev.strata.operation.PlannedOperation;
import java.util.List;

import dev.strata.operation.SchemaOperation;

/**
 * The result of comparing an actual schema with an expected one: the differences, and the
 * operations that turn the actual schema into the expected one, in an order the database
 * accepts.
 *
 * @param differences every difference found, in a deterministic order
 * @param operations the operations with their warnings
 * @param warnings warnings that concern the migration as a whole, such as possible
 * renames
 */
public record SchemaDiff(List<Difference> differences, List<PlannedOperation> operations, List<String> warnings) {

	public SchemaDiff {
		differences = List.copyOf(differences);
		operations = List.copyOf(operations);
		warnings = List.copyOf(warnings);
	}

	/**
	 * Return whether the schemas are the same.
	 * @return whether there is no difference
	 */
	public boolean isEmpty() {
		return this.differences.isEmpty() && this.operations.isEmpty();
	}

	/**
	 * Return the operations without their warnings.
	 * @return the operations, in order
	 */
	public List<SchemaOperation> operationList() {
		return this.operations.stream().map(PlannedOperation::operation).toList();
	}

}
