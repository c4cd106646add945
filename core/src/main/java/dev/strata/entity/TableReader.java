package dev.strata.entity;

import java.util.ArrayList;
import java.util.List;

import dev.strata.dialect.Dialect;
import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.PrimaryKey;
import dev.strata.model.Table;
import dev.strata.model.UniqueConstraint;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.UniqueKey;
import org.jspecify.annotations.Nullable;

/**
 * Reads one of Hibernate's physical tables as its {@code create table} statement and the
 * index and foreign key statements that follow it define it.
 */
final class TableReader {

	private final DdlColumnOrder columnOrder;

	private final ColumnReader columnReader;

	private final KeyReader keyReader;

	private final Dialect dialect;

	private final List<String> warnings;

	TableReader(Metadata metadata, Dialect dialect, MappingOwners owners, List<String> warnings) {
		this.dialect = dialect;
		this.columnOrder = new DdlColumnOrder(metadata);
		this.columnReader = new ColumnReader(metadata, dialect, warnings);
		this.keyReader = new KeyReader(this.columnOrder, owners, warnings);
		this.warnings = warnings;
	}

	Table read(org.hibernate.mapping.Table table) {
		warnUnmodelled(table);
		List<Column> columns = new ArrayList<>();
		List<UniqueConstraint> uniques = new ArrayList<>();
		List<CheckConstraint> checks = new ArrayList<>();
		for (org.hibernate.mapping.Column column : this.columnOrder.tableColumns(table)) {
			ColumnReader.ReadColumn read = this.columnReader.read(table, column);
			columns.add(read.column());
			checks.addAll(read.checks());
			if (read.unique()) {
				uniques.add(new UniqueConstraint(null, List.of(column.getName())));
			}
		}
		PrimaryKey primaryKey = primaryKey(table);
		uniques.addAll(this.keyReader.uniqueConstraints(table));
		for (org.hibernate.mapping.CheckConstraint check : table.getChecks()) {
			checks.add(new CheckConstraint(check.getName(), check.getConstraint(), null));
		}
		return new Table(table.getName(), columns, primaryKey, uniques, this.keyReader.indexes(table),
				this.keyReader.foreignKeys(table), checks);
	}

	/**
	 * Return the primary key. Hibernate never names it, unless a unique key with an
	 * explicit name has exactly its columns: then the key takes that name and order.
	 */
	private @Nullable PrimaryKey primaryKey(org.hibernate.mapping.Table table) {
		org.hibernate.mapping.PrimaryKey key = table.getPrimaryKey();
		if (key == null || key.getColumns().isEmpty()) {
			return null;
		}
		UniqueKey orderingKey = key.getOrderingUniqueKey();
		String name = (orderingKey != null && orderingKey.isNameExplicit()) ? orderingKey.getName() : null;
		return new PrimaryKey(name,
				this.columnOrder.primaryKeyColumns(key).stream().map(org.hibernate.mapping.Column::getName).toList());
	}

	private void warnUnmodelled(org.hibernate.mapping.Table table) {
		String where = "Table [" + table.getName() + "]";
		IdentifierWarnings.check(where, table.getName(), table.isQuoted(), this.dialect, this.warnings);
		if (table.getSchema() != null || table.getCatalog() != null) {
			this.warnings
				.add(where + " is in schema [" + ((table.getSchema() != null) ? table.getSchema() : table.getCatalog())
						+ "]; Strata models the default schema only");
		}
		if (table.getComment() != null) {
			this.warnings.add(where + " has a comment, which Strata does not model");
		}
		if (table.getOptions() != null && !table.getOptions().isBlank()) {
			this.warnings.add(where + " has options [" + table.getOptions() + "], which Strata does not model");
		}
		if (table.getExtraDeclarations() != null && !table.getExtraDeclarations().isBlank()) {
			this.warnings.add(where + " has extra declarations [" + table.getExtraDeclarations()
					+ "], which Strata does not model");
		}
		if (table.getRowId() != null) {
			this.warnings.add(where + " has a row id column, which Strata does not model");
		}
	}

}
