package dev.strata.entity;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.ColumnOrderingStrategy;
import org.hibernate.boot.model.relational.ColumnOrderingStrategyLegacy;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.PrimaryKey;
import org.hibernate.mapping.Table;
import org.jspecify.annotations.Nullable;

/**
 * The column order of Hibernate's {@code create table} statements, computed without
 * changing the metadata.
 * <p>
 * Hibernate only settles the order of a table's columns, of a composite primary key and
 * of the foreign keys that reference it when a {@code SessionFactory} is built with a
 * {@code create} schema action ({@code MetadataImplementor.orderColumns}), and it does so
 * by reordering the mapping in place. An application that lets Strata manage its schema
 * never orders its metadata, so this class asks the configured
 * {@link ColumnOrderingStrategy} for the order instead, through its methods that return a
 * new list, and permutes foreign key columns the way {@code orderColumns} does. Metadata
 * that has already been ordered is recognised and read as it is.
 * <p>
 * A primary key whose columns are also a unique key takes that key's order. Hibernate
 * links the two lazily, when a table's unique keys are first read, and orders columns
 * before its exporters read them; so the primary key orders are all computed when this
 * object is created, before anything reads unique keys.
 */
final class DdlColumnOrder {

	private final Metadata metadata;

	private final @Nullable ColumnOrderingStrategy strategy;

	private final Map<PrimaryKey, int[]> primaryKeyOrders = new IdentityHashMap<>();

	DdlColumnOrder(Metadata metadata) {
		this.metadata = metadata;
		this.strategy = strategy(metadata);
		for (Table table : metadata.collectTableMappings()) {
			PrimaryKey primaryKey = table.getPrimaryKey();
			if (primaryKey != null && primaryKey.getOriginalOrder() == null) {
				int[] order = computedOrder(primaryKey);
				if (order != null) {
					this.primaryKeyOrders.put(primaryKey, order);
				}
			}
		}
	}

	private static @Nullable ColumnOrderingStrategy strategy(Metadata metadata) {
		if (!(metadata instanceof MetadataImplementor implementor)) {
			return null;
		}
		ColumnOrderingStrategy strategy = implementor.getMetadataBuildingOptions().getColumnOrderingStrategy();
		return (strategy == ColumnOrderingStrategyLegacy.INSTANCE) ? null : strategy;
	}

	/**
	 * Return a table's columns in the order of its {@code create table} statement.
	 * @param table the table
	 * @return the columns
	 */
	List<Column> tableColumns(Table table) {
		List<Column> columns = List.copyOf(table.getColumns());
		if (this.strategy == null) {
			return columns;
		}
		List<Column> ordered = this.strategy.orderTableColumns(table, this.metadata);
		return (ordered != null) ? List.copyOf(ordered) : columns;
	}

	/**
	 * Return the columns of a primary key in the order of its {@code primary key} clause.
	 * @param primaryKey the primary key
	 * @return the columns
	 */
	List<Column> primaryKeyColumns(PrimaryKey primaryKey) {
		return reorder(primaryKey.getColumns(), this.primaryKeyOrders.get(primaryKey));
	}

	/**
	 * Return the columns of a foreign key in the order of its {@code foreign key} clause:
	 * when it references a composite primary key that Hibernate reorders, its columns are
	 * permuted the same way, so that each still matches its referenced column.
	 * @param foreignKey the foreign key
	 * @return the columns
	 */
	List<Column> foreignKeyColumns(ForeignKey foreignKey) {
		List<Column> columns = foreignKey.getColumns();
		if (columns.size() < 2 || !foreignKey.isReferenceToPrimaryKey()) {
			return List.copyOf(columns);
		}
		PrimaryKey target = foreignKey.getReferencedTable().getPrimaryKey();
		// no order when Hibernate keeps the key as declared, or has ordered it already
		// and
		// permuted the foreign key with it
		return reorder(columns, (target != null) ? this.primaryKeyOrders.get(target) : null);
	}

	/**
	 * Return, for each position of the ordered key, the position of that column in the
	 * key as declared, as {@code PrimaryKey.reorderColumns} records it.
	 */
	private int @Nullable [] computedOrder(PrimaryKey primaryKey) {
		List<Column> columns = primaryKey.getColumns();
		if (this.strategy == null || columns.size() < 2) {
			return null;
		}
		List<Column> ordered = this.strategy.orderConstraintColumns(primaryKey, this.metadata);
		if (ordered == null) {
			return null;
		}
		int[] order = new int[ordered.size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = columns.indexOf(ordered.get(i));
		}
		return order;
	}

	private static List<Column> reorder(List<Column> columns, int @Nullable [] order) {
		if (order == null || order.length != columns.size()) {
			return List.copyOf(columns);
		}
		List<Column> reordered = new ArrayList<>(columns.size());
		for (int position : order) {
			reordered.add(columns.get(position));
		}
		return reordered;
	}

}
