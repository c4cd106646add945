package dev.strata.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

/**
 * A table with its columns, keys, indexes and constraints.
 *
 * @param name the table name
 * @param columns the columns, in table order
 * @param primaryKey the primary key, {@code null} for none
 * @param uniqueConstraints the unique constraints
 * @param indexes the indexes that are not part of a constraint
 * @param foreignKeys the foreign keys
 * @param checks the check constraints
 */
public record Table(String name, List<Column> columns, @Nullable PrimaryKey primaryKey,
		List<UniqueConstraint> uniqueConstraints, List<Index> indexes, List<ForeignKey> foreignKeys,
		List<CheckConstraint> checks) {

	public Table {
		Objects.requireNonNull(name, "'name' must not be null");
		columns = List.copyOf(columns);
		uniqueConstraints = List.copyOf(uniqueConstraints);
		indexes = List.copyOf(indexes);
		foreignKeys = List.copyOf(foreignKeys);
		checks = List.copyOf(checks);
	}

	/**
	 * Return an empty table with the given name.
	 * @param name the name
	 * @return the table
	 */
	public static Table named(String name) {
		return new Table(name, List.of(), null, List.of(), List.of(), List.of(), List.of());
	}

	/**
	 * Return the column with the given name.
	 * @param columnName the name
	 * @return the column, if the table has one of that name
	 */
	public Optional<Column> column(String columnName) {
		return this.columns.stream().filter((column) -> Identifiers.same(column.name(), columnName)).findFirst();
	}

	/**
	 * Return whether the table has a column with the given name.
	 * @param columnName the name
	 * @return whether the column exists
	 */
	public boolean hasColumn(String columnName) {
		return column(columnName).isPresent();
	}

	/**
	 * Return the names of the columns, in table order.
	 * @return the names
	 */
	public List<String> columnNames() {
		return this.columns.stream().map(Column::name).toList();
	}

	/**
	 * Return the names of the table's constraints (primary key, unique, foreign key,
	 * check) and indexes, those that have one; they are unique in the schema.
	 * @return the names
	 */
	public List<String> constraintAndIndexNames() {
		List<String> names = new ArrayList<>();
		if (this.primaryKey != null) {
			addName(names, this.primaryKey.name());
		}
		this.uniqueConstraints.forEach((unique) -> addName(names, unique.name()));
		this.indexes.forEach((index) -> addName(names, index.name()));
		this.foreignKeys.forEach((foreignKey) -> addName(names, foreignKey.name()));
		this.checks.forEach((check) -> addName(names, check.name()));
		return names;
	}

	/**
	 * Return whether the table has an index (rather than a constraint) of the given name.
	 * @param name the name
	 * @return whether an index has it
	 */
	public boolean hasIndexNamed(String name) {
		return this.indexes.stream().anyMatch((index) -> index.name() != null && Identifiers.same(index.name(), name));
	}

	private static void addName(List<String> names, @Nullable String name) {
		if (name != null) {
			names.add(name);
		}
	}

	/**
	 * Return this table with another name.
	 * @param newName the new name
	 * @return the new table
	 */
	public Table withName(String newName) {
		return new Table(newName, this.columns, this.primaryKey, this.uniqueConstraints, this.indexes, this.foreignKeys,
				this.checks);
	}

	/**
	 * Return this table with other columns.
	 * @param newColumns the new columns
	 * @return the new table
	 */
	public Table withColumns(List<Column> newColumns) {
		return new Table(this.name, newColumns, this.primaryKey, this.uniqueConstraints, this.indexes, this.foreignKeys,
				this.checks);
	}

	/**
	 * Return this table with a column added at the end.
	 * @param column the column
	 * @return the new table
	 */
	public Table withColumn(Column column) {
		List<Column> newColumns = new ArrayList<>(this.columns);
		newColumns.add(column);
		return withColumns(newColumns);
	}

	/**
	 * Return this table with one column replaced, in place.
	 * @param columnName the name of the column to replace
	 * @param change how to change it
	 * @return the new table
	 */
	public Table withColumnChanged(String columnName, UnaryOperator<Column> change) {
		return withColumns(this.columns.stream()
			.map((column) -> Identifiers.same(column.name(), columnName) ? change.apply(column) : column)
			.toList());
	}

	/**
	 * Return this table without the named column.
	 * @param columnName the column
	 * @return the new table
	 */
	public Table withoutColumn(String columnName) {
		return withColumns(
				this.columns.stream().filter((column) -> !Identifiers.same(column.name(), columnName)).toList());
	}

	/**
	 * Return this table with another primary key.
	 * @param key the key, {@code null} for none
	 * @return the new table
	 */
	public Table withPrimaryKey(@Nullable PrimaryKey key) {
		return new Table(this.name, this.columns, key, this.uniqueConstraints, this.indexes, this.foreignKeys,
				this.checks);
	}

	/**
	 * Return this table with other unique constraints.
	 * @param constraints the constraints
	 * @return the new table
	 */
	public Table withUniqueConstraints(List<UniqueConstraint> constraints) {
		return new Table(this.name, this.columns, this.primaryKey, constraints, this.indexes, this.foreignKeys,
				this.checks);
	}

	/**
	 * Return this table with other indexes.
	 * @param newIndexes the indexes
	 * @return the new table
	 */
	public Table withIndexes(List<Index> newIndexes) {
		return new Table(this.name, this.columns, this.primaryKey, this.uniqueConstraints, newIndexes, this.foreignKeys,
				this.checks);
	}

	/**
	 * Return this table with other foreign keys.
	 * @param keys the keys
	 * @return the new table
	 */
	public Table withForeignKeys(List<ForeignKey> keys) {
		return new Table(this.name, this.columns, this.primaryKey, this.uniqueConstraints, this.indexes, keys,
				this.checks);
	}

	/**
	 * Return this table with other check constraints.
	 * @param newChecks the checks
	 * @return the new table
	 */
	public Table withChecks(List<CheckConstraint> newChecks) {
		return new Table(this.name, this.columns, this.primaryKey, this.uniqueConstraints, this.indexes,
				this.foreignKeys, newChecks);
	}

}
