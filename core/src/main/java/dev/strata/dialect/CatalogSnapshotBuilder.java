package dev.strata.dialect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.ForeignKey;
import dev.strata.model.Identifiers;
import dev.strata.model.Index;
import dev.strata.model.PrimaryKey;
import dev.strata.model.SchemaSnapshot;
import dev.strata.model.Sequence;
import dev.strata.model.Table;
import dev.strata.model.UniqueConstraint;
import org.jspecify.annotations.Nullable;

/**
 * Collects the rows a {@link CatalogReader} reads, one kind of object at a time for the
 * whole schema, into a {@link SchemaSnapshot}. Tables must be added before their parts;
 * parts of excluded or unknown tables are ignored, so the bulk queries need not filter
 * them. Constraints, indexes and keys are sorted by name, so the snapshot does not depend
 * on the order the catalog returned them in.
 */
public final class CatalogSnapshotBuilder {

	private static final Comparator<@Nullable String> BY_NAME = Comparator
		.nullsLast(Comparator.comparing(Identifiers::key).thenComparing(Comparator.naturalOrder()));

	private final Set<String> excludedKeys;

	private final Map<String, TableParts> tables = new LinkedHashMap<>();

	private final List<Sequence> sequences = new ArrayList<>();

	/**
	 * Create a builder that leaves out the given tables.
	 * @param excludedTables the names of tables to leave out, compared case-insensitively
	 */
	public CatalogSnapshotBuilder(Set<String> excludedTables) {
		this.excludedKeys = Set.copyOf(excludedTables.stream().map(Identifiers::key).toList());
	}

	/**
	 * Add a table, unless it is excluded or already added.
	 * @param name the table name
	 */
	public void addTable(String name) {
		if (!this.excludedKeys.contains(Identifiers.key(name))) {
			this.tables.putIfAbsent(name, new TableParts(name));
		}
	}

	/**
	 * Add a column at the end of a table's columns.
	 * @param table the table name
	 * @param column the column
	 */
	public void addColumn(String table, Column column) {
		parts(table, (parts) -> parts.columns.add(column));
	}

	/**
	 * Set the primary key of a table.
	 * @param table the table name
	 * @param primaryKey the key
	 */
	public void setPrimaryKey(String table, PrimaryKey primaryKey) {
		parts(table, (parts) -> parts.primaryKey = primaryKey);
	}

	/**
	 * Add a unique constraint to a table.
	 * @param table the table name
	 * @param constraint the constraint
	 */
	public void addUniqueConstraint(String table, UniqueConstraint constraint) {
		parts(table, (parts) -> parts.uniqueConstraints.add(constraint));
	}

	/**
	 * Add an index to a table.
	 * @param table the table name
	 * @param index the index
	 */
	public void addIndex(String table, Index index) {
		parts(table, (parts) -> parts.indexes.add(index));
	}

	/**
	 * Add a foreign key to a table.
	 * @param table the table name
	 * @param foreignKey the key
	 */
	public void addForeignKey(String table, ForeignKey foreignKey) {
		parts(table, (parts) -> parts.foreignKeys.add(foreignKey));
	}

	/**
	 * Add a check constraint to a table.
	 * @param table the table name
	 * @param check the constraint
	 */
	public void addCheck(String table, CheckConstraint check) {
		parts(table, (parts) -> parts.checks.add(check));
	}

	/**
	 * Add a sequence.
	 * @param sequence the sequence
	 */
	public void addSequence(Sequence sequence) {
		this.sequences.add(sequence);
	}

	/**
	 * Return the snapshot of everything added.
	 * @return the snapshot
	 */
	public SchemaSnapshot build() {
		return SchemaSnapshot.of(this.tables.values().stream().map(TableParts::toTable).toList(), this.sequences);
	}

	private void parts(String table, Consumer<TableParts> action) {
		TableParts parts = this.tables.get(table);
		if (parts != null) {
			action.accept(parts);
		}
	}

	private static <T> List<T> sorted(List<T> items, Function<T, @Nullable String> name) {
		return items.stream().sorted(Comparator.comparing(name, BY_NAME)).toList();
	}

	private static final class TableParts {

		private final String name;

		private final List<Column> columns = new ArrayList<>();

		private @Nullable PrimaryKey primaryKey;

		private final List<UniqueConstraint> uniqueConstraints = new ArrayList<>();

		private final List<Index> indexes = new ArrayList<>();

		private final List<ForeignKey> foreignKeys = new ArrayList<>();

		private final List<CheckConstraint> checks = new ArrayList<>();

		TableParts(String name) {
			this.name = name;
		}

		Table toTable() {
			return new Table(this.name, this.columns, this.primaryKey,
					sorted(this.uniqueConstraints, UniqueConstraint::name), sorted(this.indexes, Index::name),
					sorted(this.foreignKeys, ForeignKey::name), sorted(this.checks, CheckConstraint::name));
		}

	}

}
