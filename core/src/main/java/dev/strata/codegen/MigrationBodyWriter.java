package dev.strata.codegen;

import dev.strata.operation.PlannedOperation;
import java.util.List;
import java.util.Optional;

import com.palantir.javapoet.CodeBlock;
import dev.strata.model.Sequence;
import dev.strata.operation.AlterSequence;
import dev.strata.operation.CreateSequence;
import dev.strata.operation.CreateTable;
import dev.strata.operation.DropSequence;
import dev.strata.operation.DropTable;
import dev.strata.operation.RawSql;
import dev.strata.operation.RenameSequence;
import dev.strata.operation.RenameTable;
import dev.strata.operation.SchemaOperation;

/**
 * Writes the body of {@code up()} or {@code down()}: each operation on the schema as one
 * {@code schema} call, and each run of consecutive operations on the same existing table
 * as one {@code schema.table} block.
 */
final class MigrationBodyWriter {

	private MigrationBodyWriter() {
	}

	/**
	 * Write operations as DSL statements.
	 * @param operations the operations, in order
	 * @return the statements and the warnings written above them
	 */
	static MethodBodyBuilder write(List<PlannedOperation> operations) {
		MethodBodyBuilder body = new MethodBodyBuilder();
		int position = 0;
		while (position < operations.size()) {
			Optional<String> table = AlteredTable.of(operations.get(position).operation());
			if (table.isPresent()) {
				int end = position + 1;
				while (end < operations.size() && AlteredTable.of(operations.get(end).operation()).equals(table)) {
					end++;
				}
				AlterTableWriter.write(table.get(), operations.subList(position, end), body);
				position = end;
			}
			else {
				writeSchemaCall(operations.get(position), body);
				position++;
			}
		}
		return body;
	}

	private static void writeSchemaCall(PlannedOperation planned, MethodBodyBuilder body) {
		SchemaOperation operation = planned.operation();
		if (operation instanceof CreateTable create) {
			CreateTableWriter.write(create, planned.warnings(), body);
		}
		else {
			body.statement(call(operation), planned.warnings());
		}
	}

	private static CodeBlock call(SchemaOperation operation) {
		if (operation instanceof DropTable drop) {
			return CodeBlock.of("schema.$L($L)", drop.ifExists() ? "dropIfExists" : "drop",
					JavaLiterals.string(drop.table()));
		}
		if (operation instanceof RenameTable rename) {
			return CodeBlock.of("schema.rename($L, $L)", JavaLiterals.string(rename.table()),
					JavaLiterals.string(rename.newName()));
		}
		if (operation instanceof CreateSequence create) {
			return createSequence(create.sequence());
		}
		if (operation instanceof AlterSequence alter) {
			return CodeBlock.of("schema.alterSequence($L, $L)", JavaLiterals.string(alter.name()), alter.increment());
		}
		if (operation instanceof RenameSequence rename) {
			return CodeBlock.of("schema.renameSequence($L, $L)", JavaLiterals.string(rename.name()),
					JavaLiterals.string(rename.newName()));
		}
		if (operation instanceof DropSequence drop) {
			return CodeBlock.of("schema.dropSequence($L)", JavaLiterals.string(drop.name()));
		}
		if (operation instanceof RawSql raw) {
			return CodeBlock.of("schema.sql($L)", JavaLiterals.text(raw.sql()));
		}
		throw new IllegalStateException("Operation [" + operation + "] is written inside schema.table");
	}

	private static CodeBlock createSequence(Sequence sequence) {
		CodeBlock name = JavaLiterals.string(sequence.name());
		if (sequence.start() == 1 && sequence.increment() == 1) {
			return CodeBlock.of("schema.createSequence($L)", name);
		}
		CodeBlock.Builder definition = CodeBlock.builder().add("sequence");
		if (sequence.start() != 1) {
			definition.add(".startWith($L)", JavaLiterals.wholeNumber(sequence.start()));
		}
		if (sequence.increment() != 1) {
			definition.add(".incrementBy($L)", JavaLiterals.wholeNumber(sequence.increment()));
		}
		return CodeBlock.of("schema.createSequence($L, (sequence) -> $L)", name, definition.build());
	}

}
