package dev.strata.diff;

import dev.strata.operation.PlannedOperation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.strata.operation.SchemaOperation;
import org.jspecify.annotations.Nullable;

/**
 * What one comparison finds, gathered while it runs: the differences, the operations with
 * the phase they belong to, and warnings for the migration as a whole. It lives for one
 * call of {@link SchemaDiffer#diff} and is never shared.
 */
final class DiffCollector {

	private final List<Difference> differences = new ArrayList<>();

	private final List<Step> steps = new ArrayList<>();

	private final List<String> warnings = new ArrayList<>();

	void difference(DifferenceKind kind, @Nullable String table, @Nullable String column, String message) {
		this.differences.add(new Difference(kind, table, column, message));
	}

	void operation(Phase phase, SchemaOperation operation, List<String> operationWarnings) {
		this.steps.add(new Step(phase, this.steps.size(), new PlannedOperation(operation, operationWarnings)));
	}

	void operation(Phase phase, SchemaOperation operation) {
		operation(phase, operation, List.of());
	}

	void warning(String warning) {
		this.warnings.add(warning);
	}

	SchemaDiff toDiff() {
		List<PlannedOperation> operations = this.steps.stream()
			.sorted(Comparator.comparing(Step::phase).thenComparing(Step::sequence))
			.map(Step::operation)
			.toList();
		return new SchemaDiff(this.differences, operations, this.warnings);
	}

	private record Step(Phase phase, int sequence, PlannedOperation operation) {

	}

}
