package dev.strata.entity;

import java.util.ArrayList;
import java.util.List;

import dev.strata.model.ForeignKey;
import dev.strata.model.Index;
import dev.strata.model.ReferentialAction;
import dev.strata.model.UniqueConstraint;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.PrimaryKey;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;

/**
 * Reads a table's unique keys, indexes and foreign keys as Hibernate's exporters write
 * them for PostgreSQL and H2, without relying on the exporters having run.
 */
final class KeyReader {

	private final DdlColumnOrder columnOrder;

	private final MappingOwners owners;

	private final List<String> warnings;

	KeyReader(DdlColumnOrder columnOrder, MappingOwners owners, List<String> warnings) {
		this.columnOrder = columnOrder;
		this.owners = owners;
		this.warnings = warnings;
	}

	/**
	 * Return the unique constraints after the column list of {@code create table}.
	 * Columns marked unique are declared inline, which the caller reads; Hibernate's
	 * exporter registers them as unique keys too, so a one-column key on such a column is
	 * skipped, whether the exporter has run or not (and its name is lost, as in
	 * Hibernate's DDL). Only an explicitly named key keeps its name.
	 * @param table the table
	 * @return the constraints
	 */
	List<UniqueConstraint> uniqueConstraints(Table table) {
		List<UniqueConstraint> constraints = new ArrayList<>();
		for (UniqueKey key : table.getUniqueKeys().values()) {
			String description = "Unique constraint [" + key.getName() + "]";
			List<String> columns = columnNames(table, key.getColumns(), description);
			if (isSingleUniqueColumn(table, key)) {
				continue;
			}
			if (!key.getColumnOrderMap().isEmpty()) {
				this.warnings.add(description + " on table [" + table.getName() + "] orders its columns "
						+ key.getColumnOrderMap().values() + "; Strata models the columns only");
			}
			warnOptions(description, table, key.getOptions());
			constraints.add(new UniqueConstraint(key.isNameExplicit() ? key.getName() : null, columns));
		}
		return constraints;
	}

	private static boolean isSingleUniqueColumn(Table table, UniqueKey key) {
		if (key.getColumns().size() != 1) {
			return false;
		}
		Column column = key.getColumn(0);
		Column tableColumn = table.getColumn(column);
		return column.isUnique() || (tableColumn != null && tableColumn.isUnique());
	}

	/**
	 * Return the indexes Hibernate creates after the table.
	 * @param table the table
	 * @return the indexes
	 */
	List<Index> indexes(Table table) {
		List<Index> indexes = new ArrayList<>();
		for (org.hibernate.mapping.Index index : table.getIndexes().values()) {
			String description = "Index [" + index.getName() + "]";
			List<Column> columns = new ArrayList<>();
			for (Selectable selectable : index.getSelectables()) {
				if (selectable instanceof Column column) {
					columns.add(column);
				}
			}
			if (columns.size() != index.getSelectables().size()) {
				this.warnings.add(description + " on table [" + table.getName()
						+ "] indexes an expression, which Strata does not model; the index is left out");
				continue;
			}
			List<String> names = columnNames(table, columns, description);
			if (!index.getSelectableOrderMap().isEmpty()) {
				this.warnings.add(description + " on table [" + table.getName() + "] orders its columns "
						+ index.getSelectableOrderMap().values() + "; Strata models the columns only");
			}
			warnOptions(description, table, index.getOptions());
			indexes.add(new Index(index.getName(), names, index.isUnique()));
		}
		return indexes;
	}

	/**
	 * Return the foreign keys Hibernate creates, leaving out those it does not create
	 * ({@code ConstraintMode.NO_CONSTRAINT}, references to a table that is not physical).
	 * @param table the table
	 * @return the foreign keys
	 */
	List<ForeignKey> foreignKeys(Table table) {
		List<ForeignKey> keys = new ArrayList<>();
		for (org.hibernate.mapping.ForeignKey key : table.getForeignKeyCollection()) {
			if (!key.isCreationEnabled() || !key.isPhysicalConstraint()) {
				continue;
			}
			String description = "Foreign key [" + key.getName() + "]";
			if (key.getKeyDefinition() != null) {
				this.warnings.add(description + " on table [" + table.getName() + "] is defined as ["
						+ key.getKeyDefinition() + "]; Strata models its columns and reference only");
			}
			warnOptions(description, table, key.getOptions());
			Table referenced = key.getReferencedTable();
			List<Column> referencedColumns;
			if (key.isReferenceToPrimaryKey()) {
				PrimaryKey primaryKey = referenced.getPrimaryKey();
				referencedColumns = (primaryKey != null) ? this.columnOrder.primaryKeyColumns(primaryKey) : List.of();
			}
			else {
				referencedColumns = key.getReferencedColumns();
			}
			keys.add(new ForeignKey(key.getName(),
					this.columnOrder.foreignKeyColumns(key).stream().map(Column::getName).toList(),
					referenced.getName(), referencedColumns.stream().map(Column::getName).toList(),
					onDelete(key.getOnDeleteAction()), ReferentialAction.NO_ACTION));
		}
		return keys;
	}

	private static ReferentialAction onDelete(OnDeleteAction action) {
		if (action == null) {
			return ReferentialAction.NO_ACTION;
		}
		return switch (action) {
			case NO_ACTION -> ReferentialAction.NO_ACTION;
			case CASCADE -> ReferentialAction.CASCADE;
			case RESTRICT -> ReferentialAction.RESTRICT;
			case SET_NULL -> ReferentialAction.SET_NULL;
			case SET_DEFAULT -> ReferentialAction.SET_DEFAULT;
		};
	}

	/**
	 * Return the names of a key's columns, which must all be columns of the table:
	 * Hibernate accepts a unique constraint or an index naming a column the table lacks,
	 * and the database then rejects the DDL.
	 */
	private List<String> columnNames(Table table, List<Column> columns, String description) {
		List<String> names = new ArrayList<>();
		for (Column column : columns) {
			if (table.getColumn(column) == null) {
				throw new EntityMappingException(description + " on table [" + table.getName() + "] names column ["
						+ column.getName() + "], which the table does not have; fix the column names of the "
						+ "@UniqueConstraint or @Index on " + this.owners.describe(table));
			}
			names.add(column.getName());
		}
		return names;
	}

	private void warnOptions(String description, Table table, String options) {
		if (options != null && !options.isBlank()) {
			this.warnings.add(description + " on table [" + table.getName() + "] has options [" + options
					+ "], which Strata does not model");
		}
	}

}
