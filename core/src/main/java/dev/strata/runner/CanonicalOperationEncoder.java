package dev.strata.runner;

import java.util.List;

import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.ColumnType;
import dev.strata.model.DefaultValue;
import dev.strata.model.ForeignKey;
import dev.strata.model.Index;
import dev.strata.model.PrimaryKey;
import dev.strata.model.Sequence;
import dev.strata.model.Table;
import dev.strata.model.UniqueConstraint;
import dev.strata.operation.AddCheck;
import dev.strata.operation.AddColumn;
import dev.strata.operation.AddForeignKey;
import dev.strata.operation.AddIndex;
import dev.strata.operation.AddPrimaryKey;
import dev.strata.operation.AddUniqueConstraint;
import dev.strata.operation.AlterColumn;
import dev.strata.operation.ConstraintSelector;
import dev.strata.operation.CreateSequence;
import dev.strata.operation.CreateTable;
import dev.strata.operation.DropCheck;
import dev.strata.operation.DropColumn;
import dev.strata.operation.DropForeignKey;
import dev.strata.operation.DropIndex;
import dev.strata.operation.DropPrimaryKey;
import dev.strata.operation.DropSequence;
import dev.strata.operation.DropTable;
import dev.strata.operation.DropUniqueConstraint;
import dev.strata.operation.RawSql;
import dev.strata.operation.RenameColumn;
import dev.strata.operation.RenameTable;
import dev.strata.operation.SchemaOperation;
import dev.strata.operation.SchemaOperationVisitor;
import org.jspecify.annotations.Nullable;

/**
 * Writes operations in a canonical text form that the checksum is computed from. Every
 * operation and every field of the values it carries is written explicitly, in a fixed
 * order, under a fixed tag, so the form does not depend on {@code toString()}, on class
 * names or on anything that a refactoring of Strata could change by accident. Strings are
 * written with their length ({@code 5:users}), so no separator inside a name can make two
 * different operations encode alike; {@code ~} stands for an absent value.
 * <p>
 * Changing this form changes the checksum of every migration already applied; it is
 * versioned by {@link #FORMAT} for that reason.
 */
final class CanonicalOperationEncoder implements SchemaOperationVisitor<Void> {

	/** The version of the encoding, written first. */
	static final String FORMAT = "strata-ops-1";

	private final StringBuilder out;

	CanonicalOperationEncoder(StringBuilder out) {
		this.out = out;
	}

	/**
	 * Encode a list of operations.
	 * @param operations the operations
	 * @return the canonical text
	 */
	static String encode(List<SchemaOperation> operations) {
		StringBuilder out = new StringBuilder(64 + operations.size() * 96);
		out.append(FORMAT).append('\n');
		CanonicalOperationEncoder encoder = new CanonicalOperationEncoder(out);
		for (SchemaOperation operation : operations) {
			operation.accept(encoder);
			out.append('\n');
		}
		return out.toString();
	}

	@Override
	public @Nullable Void visitCreateTable(CreateTable operation) {
		tag("CreateTable");
		table(operation.table());
		return null;
	}

	@Override
	public @Nullable Void visitDropTable(DropTable operation) {
		tag("DropTable");
		string(operation.table());
		bool(operation.ifExists());
		return null;
	}

	@Override
	public @Nullable Void visitRenameTable(RenameTable operation) {
		tag("RenameTable");
		string(operation.table());
		string(operation.newName());
		return null;
	}

	@Override
	public @Nullable Void visitAddColumn(AddColumn operation) {
		tag("AddColumn");
		string(operation.table());
		column(operation.column());
		return null;
	}

	@Override
	public @Nullable Void visitAlterColumn(AlterColumn operation) {
		tag("AlterColumn");
		string(operation.table());
		column(operation.column());
		return null;
	}

	@Override
	public @Nullable Void visitDropColumn(DropColumn operation) {
		tag("DropColumn");
		string(operation.table());
		string(operation.column());
		return null;
	}

	@Override
	public @Nullable Void visitRenameColumn(RenameColumn operation) {
		tag("RenameColumn");
		string(operation.table());
		string(operation.column());
		string(operation.newName());
		return null;
	}

	@Override
	public @Nullable Void visitAddPrimaryKey(AddPrimaryKey operation) {
		tag("AddPrimaryKey");
		string(operation.table());
		primaryKey(operation.primaryKey());
		return null;
	}

	@Override
	public @Nullable Void visitDropPrimaryKey(DropPrimaryKey operation) {
		tag("DropPrimaryKey");
		string(operation.table());
		return null;
	}

	@Override
	public @Nullable Void visitAddUniqueConstraint(AddUniqueConstraint operation) {
		tag("AddUnique");
		string(operation.table());
		unique(operation.constraint());
		return null;
	}

	@Override
	public @Nullable Void visitDropUniqueConstraint(DropUniqueConstraint operation) {
		tag("DropUnique");
		string(operation.table());
		selector(operation.selector());
		return null;
	}

	@Override
	public @Nullable Void visitAddIndex(AddIndex operation) {
		tag("AddIndex");
		string(operation.table());
		index(operation.index());
		return null;
	}

	@Override
	public @Nullable Void visitDropIndex(DropIndex operation) {
		tag("DropIndex");
		string(operation.table());
		selector(operation.selector());
		return null;
	}

	@Override
	public @Nullable Void visitAddForeignKey(AddForeignKey operation) {
		tag("AddForeignKey");
		string(operation.table());
		foreignKey(operation.foreignKey());
		return null;
	}

	@Override
	public @Nullable Void visitDropForeignKey(DropForeignKey operation) {
		tag("DropForeignKey");
		string(operation.table());
		selector(operation.selector());
		return null;
	}

	@Override
	public @Nullable Void visitAddCheck(AddCheck operation) {
		tag("AddCheck");
		string(operation.table());
		check(operation.check());
		return null;
	}

	@Override
	public @Nullable Void visitDropCheck(DropCheck operation) {
		tag("DropCheck");
		string(operation.table());
		string(operation.name());
		return null;
	}

	@Override
	public @Nullable Void visitCreateSequence(CreateSequence operation) {
		tag("CreateSequence");
		sequence(operation.sequence());
		return null;
	}

	@Override
	public @Nullable Void visitDropSequence(DropSequence operation) {
		tag("DropSequence");
		string(operation.name());
		return null;
	}

	@Override
	public @Nullable Void visitRawSql(RawSql operation) {
		tag("RawSql");
		string(operation.sql());
		return null;
	}

	private void table(Table table) {
		tag("Table");
		string(table.name());
		count(table.columns().size());
		table.columns().forEach(this::column);
		PrimaryKey primaryKey = table.primaryKey();
		if (primaryKey != null) {
			primaryKey(primaryKey);
		}
		else {
			absent();
		}
		count(table.uniqueConstraints().size());
		table.uniqueConstraints().forEach(this::unique);
		count(table.indexes().size());
		table.indexes().forEach(this::index);
		count(table.foreignKeys().size());
		table.foreignKeys().forEach(this::foreignKey);
		count(table.checks().size());
		table.checks().forEach(this::check);
	}

	private void column(Column column) {
		tag("Column");
		string(column.name());
		type(column.type());
		bool(column.nullable());
		DefaultValue defaultValue = column.defaultValue();
		if (defaultValue != null) {
			tag("Default");
			string(defaultValue.kind().name());
			string(defaultValue.text());
		}
		else {
			absent();
		}
		bool(column.autoIncrement());
	}

	private void type(ColumnType type) {
		tag("Type");
		string(type.kind().name());
		number(type.length());
		number(type.precision());
		number(type.scale());
		strings(type.values());
		bool(type.unsigned());
		string(type.definition());
	}

	private void primaryKey(PrimaryKey primaryKey) {
		tag("PrimaryKey");
		string(primaryKey.name());
		strings(primaryKey.columns());
	}

	private void unique(UniqueConstraint unique) {
		tag("Unique");
		string(unique.name());
		strings(unique.columns());
	}

	private void index(Index index) {
		tag("Index");
		string(index.name());
		strings(index.columns());
		bool(index.unique());
	}

	private void foreignKey(ForeignKey foreignKey) {
		tag("ForeignKey");
		string(foreignKey.name());
		strings(foreignKey.columns());
		string(foreignKey.referencedTable());
		strings(foreignKey.referencedColumns());
		string(foreignKey.onDelete().name());
		string(foreignKey.onUpdate().name());
	}

	private void check(CheckConstraint check) {
		tag("Check");
		string(check.name());
		string(check.expression());
		string(check.column());
	}

	private void sequence(Sequence sequence) {
		tag("Sequence");
		string(sequence.name());
		this.out.append(sequence.start()).append(';');
		this.out.append(sequence.increment()).append(';');
	}

	private void selector(ConstraintSelector selector) {
		tag("Selector");
		strings(selector.nameOrColumns());
	}

	private void tag(String tag) {
		this.out.append(tag).append('(');
	}

	private void string(@Nullable String value) {
		if (value == null) {
			absent();
			return;
		}
		this.out.append(value.length()).append(':').append(value);
	}

	private void strings(List<String> values) {
		count(values.size());
		values.forEach(this::string);
	}

	private void number(@Nullable Integer value) {
		if (value == null) {
			absent();
			return;
		}
		this.out.append(value).append(';');
	}

	private void count(int count) {
		this.out.append('[').append(count);
	}

	private void bool(boolean value) {
		this.out.append(value ? 'T' : 'F');
	}

	private void absent() {
		this.out.append('~');
	}

}
