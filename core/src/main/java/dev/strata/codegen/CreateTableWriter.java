package dev.strata.codegen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.palantir.javapoet.CodeBlock;
import dev.strata.codegen.ColumnCallWriter.ColumnCall;
import dev.strata.codegen.ColumnCallWriter.ColumnModifiers;
import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.ColumnType;
import dev.strata.model.ForeignKey;
import dev.strata.model.Index;
import dev.strata.model.PrimaryKey;
import dev.strata.model.Table;
import dev.strata.model.TypeKind;
import dev.strata.model.UniqueConstraint;
import dev.strata.operation.ConstraintNaming;
import dev.strata.operation.CreateTable;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link CreateTable} as a {@code schema.create} block: the columns in order,
 * then the table-level keys, indexes, foreign keys and checks.
 * <p>
 * A single-column key, unique constraint, index or check with the DSL's name is written
 * as a column modifier ({@code .primary()}, {@code .unique()}, {@code .index()},
 * {@code .check(...)}) when that keeps the table's lists in the same order: unique
 * constraints and indexes while they lead their list, checks declared on a column always
 * (a table-level call cannot declare them), with any table-level check that precedes one
 * written just before that column.
 */
final class CreateTableWriter {

	private static final List<Column> TIMESTAMPS = List.of(
			new Column("created_at", ColumnType.of(TypeKind.TIMESTAMP), true, null, false),
			new Column("updated_at", ColumnType.of(TypeKind.TIMESTAMP), true, null, false));

	private final Table table;

	private final Map<String, Integer> positions = new HashMap<>();

	private final ConstraintCallWriter constraints;

	private final List<Attached> attached = new ArrayList<>();

	private final List<List<Call>> before = new ArrayList<>();

	private final List<Call> after = new ArrayList<>();

	private CreateTableWriter(Table table) {
		this.table = table;
		this.constraints = new ConstraintCallWriter(table.name(), table.columnNames());
		for (int i = 0; i < table.columns().size(); i++) {
			this.positions.putIfAbsent(table.columns().get(i).name(), i);
			this.attached.add(new Attached());
			this.before.add(new ArrayList<>());
		}
	}

	static void write(CreateTable operation, List<String> warnings, MethodBodyBuilder body) {
		CreateTableWriter writer = new CreateTableWriter(operation.table());
		writer.plan();
		writer.write(warnings, body);
	}

	private void plan() {
		String name = this.table.name();
		PrimaryKey key = this.table.primaryKey();
		if (key != null) {
			Integer position = singleColumn(key.columns());
			if (position != null
					&& ConstraintCallWriter.isConventional(key.name(), ConstraintNaming.primaryKey(name))) {
				this.attached.get(position).primary = true;
			}
			else {
				this.after.add(new Call(this.constraints.primary(key), List.of()));
			}
		}
		int last = -1;
		for (UniqueConstraint unique : this.table.uniqueConstraints()) {
			Integer position = singleColumn(unique.columns());
			if (position != null && position > last && ConstraintCallWriter.isConventional(unique.name(),
					ConstraintNaming.unique(name, unique.columns()))) {
				this.attached.get(position).unique = true;
				last = position;
			}
			else {
				last = Integer.MAX_VALUE;
				this.after.add(new Call(this.constraints.unique(unique), List.of()));
			}
		}
		last = -1;
		for (Index index : this.table.indexes()) {
			Integer position = index.unique() ? null : singleColumn(index.columns());
			if (position != null && position > last && ConstraintCallWriter.isConventional(index.name(),
					ConstraintNaming.index(name, index.columns()))) {
				this.attached.get(position).index = true;
				last = position;
			}
			else {
				last = Integer.MAX_VALUE;
				this.after.add(new Call(this.constraints.index(index), List.of()));
			}
		}
		for (ForeignKey foreignKey : this.table.foreignKeys()) {
			this.after.add(new Call(this.constraints.foreign(foreignKey), List.of()));
		}
		planChecks();
	}

	private void planChecks() {
		String name = this.table.name();
		List<Call> pending = new ArrayList<>();
		int last = -1;
		for (CheckConstraint check : this.table.checks()) {
			String column = check.column();
			Integer position = (column != null) ? this.positions.get(column) : null;
			if (column != null && position != null && position > last && ConstraintCallWriter.isConventional(
					check.name(), ConstraintNaming.check(name, check.expression(), this.table.columnNames()))) {
				this.attached.get(position).check = check.expression();
				this.before.get(position).addAll(pending);
				pending.clear();
				last = position;
			}
			else {
				// a check the DSL cannot declare with its column is written at table
				// level: the
				// same constraint in the database, only not tied to the column in the
				// model
				pending.add(new Call(this.constraints.check(check), List.of()));
			}
		}
		this.after.addAll(pending);
	}

	private void write(List<String> warnings, MethodBodyBuilder body) {
		body.openBlock(CodeBlock.of("schema.create($L, (table)", JavaLiterals.string(this.table.name())), warnings);
		List<Column> columns = this.table.columns();
		for (int i = 0; i < columns.size(); i++) {
			this.before.get(i).forEach((call) -> body.statement(call.code(), call.warnings()));
			if (isTimestamps(i)) {
				body.statement(CodeBlock.of("table.timestamps()"), List.of());
				i++;
			}
			else {
				ColumnCall call = ColumnCallWriter.write(this.table.name(), columns.get(i),
						this.attached.get(i).modifiers());
				body.statement(call.code(), call.warnings());
			}
		}
		this.after.forEach((call) -> body.statement(call.code(), call.warnings()));
		body.closeBlock();
	}

	private boolean isTimestamps(int position) {
		List<Column> columns = this.table.columns();
		return position + 1 < columns.size() && columns.subList(position, position + 2).equals(TIMESTAMPS)
				&& this.attached.get(position).isEmpty() && this.attached.get(position + 1).isEmpty()
				&& this.before.get(position + 1).isEmpty();
	}

	private @Nullable Integer singleColumn(List<String> columns) {
		return (columns.size() == 1) ? this.positions.get(columns.get(0)) : null;
	}

	/**
	 * The modifiers attached to one column.
	 */
	private static final class Attached {

		private boolean primary;

		private boolean unique;

		private boolean index;

		private @Nullable String check;

		ColumnModifiers modifiers() {
			return new ColumnModifiers(this.primary, this.unique, this.index, this.check, false);
		}

		boolean isEmpty() {
			return !this.primary && !this.unique && !this.index && this.check == null;
		}

	}

	/**
	 * A table-level call with its warnings.
	 */
	private record Call(CodeBlock code, List<String> warnings) {

	}

}
