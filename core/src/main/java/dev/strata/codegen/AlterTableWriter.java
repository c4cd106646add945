package dev.strata.codegen;

import dev.strata.operation.PlannedOperation;
import java.util.ArrayList;
import java.util.List;

import com.palantir.javapoet.CodeBlock;
import dev.strata.codegen.ColumnCallWriter.ColumnCall;
import dev.strata.codegen.ColumnCallWriter.ColumnModifiers;
import dev.strata.model.Column;
import dev.strata.model.ColumnType;
import dev.strata.model.TypeKind;
import dev.strata.operation.AddCheck;
import dev.strata.operation.AddColumn;
import dev.strata.operation.AddForeignKey;
import dev.strata.operation.AddIndex;
import dev.strata.operation.AddPrimaryKey;
import dev.strata.operation.AddUniqueConstraint;
import dev.strata.operation.AlterColumn;
import dev.strata.operation.ConstraintNaming;
import dev.strata.operation.ConstraintSelector;
import dev.strata.operation.DropCheck;
import dev.strata.operation.DropColumn;
import dev.strata.operation.DropForeignKey;
import dev.strata.operation.DropIndex;
import dev.strata.operation.DropPrimaryKey;
import dev.strata.operation.DropUniqueConstraint;
import dev.strata.operation.RenameColumn;
import dev.strata.operation.RenameConstraint;
import dev.strata.operation.SchemaOperation;
import org.jspecify.annotations.Nullable;

/**
 * Writes consecutive operations on one existing table as one {@code schema.table} block,
 * one DSL call per operation, in order.
 * <p>
 * Where the DSL turns a column modifier into an operation of its own, the writer folds
 * that operation back into the column call: an {@link AddColumn} or {@link AlterColumn}
 * followed by the DSL's {@link AddPrimaryKey}, {@link AddUniqueConstraint},
 * {@link AddIndex} and column {@link AddCheck} for that column becomes
 * {@code table.string("email").unique()}. Consecutive {@link DropColumn}s become one
 * {@code dropColumn(...)}, and the {@code created_at} and {@code updated_at} pair becomes
 * {@code timestamps()} or {@code dropTimestamps()}.
 */
final class AlterTableWriter {

	private static final Column CREATED_AT = new Column("created_at", ColumnType.of(TypeKind.TIMESTAMP), true, null,
			false);

	private static final Column UPDATED_AT = CREATED_AT.withName("updated_at");

	private final String table;

	private final List<PlannedOperation> operations;

	private final ConstraintCallWriter constraints;

	private final MethodBodyBuilder body;

	private AlterTableWriter(String table, List<PlannedOperation> operations, MethodBodyBuilder body) {
		this.table = table;
		this.operations = operations;
		this.constraints = new ConstraintCallWriter(table, null);
		this.body = body;
	}

	/**
	 * Write operations on one table.
	 * @param table the table
	 * @param operations operations that all change that table
	 * @param body where to write
	 */
	static void write(String table, List<PlannedOperation> operations, MethodBodyBuilder body) {
		body.openBlock(CodeBlock.of("schema.table($L, (table)", JavaLiterals.string(table)), List.of());
		AlterTableWriter writer = new AlterTableWriter(table, operations, body);
		int next = 0;
		while (next < operations.size()) {
			next = writer.write(next);
		}
		body.closeBlock();
	}

	/**
	 * Write the operation at the given position, with any that fold into it.
	 * @return the position of the next operation to write
	 */
	private int write(int position) {
		SchemaOperation operation = this.operations.get(position).operation();
		if (operation instanceof AddColumn add) {
			return isTimestamps(position) ? statement(position, 2, CodeBlock.of("table.timestamps()"))
					: column(position, add.column(), false);
		}
		if (operation instanceof AlterColumn alter) {
			return column(position, alter.column(), true);
		}
		if (operation instanceof DropColumn) {
			return dropColumns(position);
		}
		return statement(position, 1, call(operation));
	}

	private CodeBlock call(SchemaOperation operation) {
		if (operation instanceof RenameColumn rename) {
			return CodeBlock.of("table.renameColumn($L, $L)", JavaLiterals.string(rename.column()),
					JavaLiterals.string(rename.newName()));
		}
		if (operation instanceof RenameConstraint rename) {
			return CodeBlock.of("table.renameConstraint($L, $L)", JavaLiterals.string(rename.name()),
					JavaLiterals.string(rename.newName()));
		}
		if (operation instanceof AddPrimaryKey add) {
			return this.constraints.primary(add.primaryKey());
		}
		if (operation instanceof DropPrimaryKey) {
			return CodeBlock.of("table.dropPrimary()");
		}
		if (operation instanceof AddUniqueConstraint add) {
			return this.constraints.unique(add.constraint());
		}
		if (operation instanceof DropUniqueConstraint drop) {
			return drop("dropUnique", drop.selector());
		}
		if (operation instanceof AddIndex add) {
			return this.constraints.index(add.index());
		}
		if (operation instanceof DropIndex drop) {
			return drop("dropIndex", drop.selector());
		}
		if (operation instanceof AddForeignKey add) {
			return this.constraints.foreign(add.foreignKey());
		}
		if (operation instanceof DropForeignKey drop) {
			return drop("dropForeign", drop.selector());
		}
		if (operation instanceof AddCheck add) {
			return this.constraints.check(add.check());
		}
		if (operation instanceof DropCheck drop) {
			return CodeBlock.of("table.dropCheck($L)", JavaLiterals.string(drop.name()));
		}
		throw new IllegalStateException("Operation [" + operation + "] does not change a table's contents");
	}

	private int column(int position, Column column, boolean change) {
		List<String> name = List.of(column.name());
		int next = position + 1;
		boolean primary = false;
		boolean unique = false;
		boolean index = false;
		String check = null;
		if (operation(next) instanceof AddPrimaryKey add && add.primaryKey().columns().equals(name)
				&& ConstraintCallWriter.isConventional(add.primaryKey().name(),
						ConstraintNaming.primaryKey(this.table))) {
			primary = true;
			next++;
		}
		if (operation(next) instanceof AddUniqueConstraint add && add.constraint().columns().equals(name)
				&& ConstraintCallWriter.isConventional(add.constraint().name(),
						ConstraintNaming.unique(this.table, name))) {
			unique = true;
			next++;
		}
		if (operation(next) instanceof AddIndex add && !add.index().unique() && add.index().columns().equals(name)
				&& ConstraintCallWriter.isConventional(add.index().name(), ConstraintNaming.index(this.table, name))) {
			index = true;
			next++;
		}
		if (operation(next) instanceof AddCheck add && column.name().equals(add.check().column())
				&& ConstraintCallWriter.isConventional(add.check().name(),
						ConstraintNaming.check(this.table, add.check().expression(), null))) {
			check = add.check().expression();
			next++;
		}
		ColumnCall call = ColumnCallWriter.write(this.table, column,
				new ColumnModifiers(primary, unique, index, check, change));
		List<String> warnings = new ArrayList<>(warnings(position, next));
		warnings.addAll(call.warnings());
		this.body.statement(call.code(), warnings);
		return next;
	}

	private int dropColumns(int position) {
		List<String> columns = new ArrayList<>();
		int next = position;
		while (operation(next) instanceof DropColumn drop) {
			columns.add(drop.column());
			next++;
		}
		CodeBlock call = columns.equals(List.of(CREATED_AT.name(), UPDATED_AT.name()))
				? CodeBlock.of("table.dropTimestamps()")
				: CodeBlock.of("table.dropColumn($L)", JavaLiterals.strings(columns));
		return statement(position, next - position, call);
	}

	private int statement(int position, int count, CodeBlock call) {
		// a check on an existing column is written at table level: the same constraint in
		// the
		// database, only not tied to the column in the model
		this.body.statement(call, warnings(position, position + count));
		return position + count;
	}

	private boolean isTimestamps(int position) {
		return operation(position) instanceof AddColumn created && created.column().equals(CREATED_AT)
				&& operation(position + 1) instanceof AddColumn updated && updated.column().equals(UPDATED_AT);
	}

	private CodeBlock drop(String method, ConstraintSelector selector) {
		return CodeBlock.of("table.$L($L)", method, JavaLiterals.strings(selector.nameOrColumns()));
	}

	private List<String> warnings(int from, int to) {
		return this.operations.subList(from, to).stream().flatMap((planned) -> planned.warnings().stream()).toList();
	}

	/**
	 * Return the operation at a position, {@code null} past the end.
	 */
	private @Nullable SchemaOperation operation(int position) {
		return (position < this.operations.size()) ? this.operations.get(position).operation() : null;
	}

}
