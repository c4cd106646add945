package dev.strata.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The primary key of a table.
 *
 * @param name the constraint name, {@code null} to leave it to the database
 * @param columns the key columns, in key order
 */
public record PrimaryKey(@Nullable String name, List<String> columns) {

	public PrimaryKey {
		columns = Constraints.requireColumns(columns, "A primary key");
	}

	/**
	 * Return this key with another name.
	 * @param name the new name
	 * @return the new key
	 */
	public PrimaryKey withName(@Nullable String name) {
		return new PrimaryKey(name, this.columns);
	}

	/**
	 * Return this key with other columns.
	 * @param columns the new columns
	 * @return the new key
	 */
	public PrimaryKey withColumns(List<String> columns) {
		return new PrimaryKey(this.name, columns);
	}

}
