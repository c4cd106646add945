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
import dev.strata.operation.ConstraintSelector;
import org.jspecify.annotations.Nullable;

/**
 * Writes the model values that operations carry in the canonical form of
 * {@link CanonicalOperationEncoder}: every field, in a fixed order, under a fixed tag;
 * strings with their length ({@code 5:users}); {@code ~} for an absent value; {@code [n}
 * before a list of n items; {@code T} and {@code F} for booleans.
 */
final class CanonicalValueWriter {

	private final StringBuilder out;

	CanonicalValueWriter(StringBuilder out) {
		this.out = out;
	}

	void table(Table table) {
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

	void column(Column column) {
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

	void type(ColumnType type) {
		tag("Type");
		string(type.kind().name());
		number(type.length());
		number(type.precision());
		number(type.scale());
		strings(type.values());
		bool(type.unsigned());
		string(type.definition());
	}

	void primaryKey(PrimaryKey primaryKey) {
		tag("PrimaryKey");
		string(primaryKey.name());
		strings(primaryKey.columns());
	}

	void unique(UniqueConstraint unique) {
		tag("Unique");
		string(unique.name());
		strings(unique.columns());
	}

	void index(Index index) {
		tag("Index");
		string(index.name());
		strings(index.columns());
		bool(index.unique());
	}

	void foreignKey(ForeignKey foreignKey) {
		tag("ForeignKey");
		string(foreignKey.name());
		strings(foreignKey.columns());
		string(foreignKey.referencedTable());
		strings(foreignKey.referencedColumns());
		string(foreignKey.onDelete().name());
		string(foreignKey.onUpdate().name());
	}

	void check(CheckConstraint check) {
		tag("Check");
		string(check.name());
		string(check.expression());
		string(check.column());
	}

	void sequence(Sequence sequence) {
		tag("Sequence");
		string(sequence.name());
		number(sequence.start());
		number(sequence.increment());
	}

	void selector(ConstraintSelector selector) {
		tag("Selector");
		strings(selector.nameOrColumns());
	}

	void tag(String tag) {
		this.out.append(tag).append('(');
	}

	void string(@Nullable String value) {
		if (value == null) {
			absent();
			return;
		}
		this.out.append(value.length()).append(':').append(value);
	}

	void strings(List<String> values) {
		count(values.size());
		values.forEach(this::string);
	}

	void number(@Nullable Integer value) {
		if (value == null) {
			absent();
			return;
		}
		this.out.append(value).append(';');
	}

	void number(long value) {
		this.out.append(value).append(';');
	}

	void count(int count) {
		this.out.append('[').append(count);
	}

	void bool(boolean value) {
		this.out.append(value ? 'T' : 'F');
	}

	void absent() {
		this.out.append('~');
	}

}
