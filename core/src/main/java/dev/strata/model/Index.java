package dev.strata.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An index that is not part of a constraint.
 *
 * @param name the index name, {@code null} to leave it to the database
 * @param columns the indexed columns, in order
 * @param unique whether it is a unique index
 */
public record Index(@Nullable String name, List<String> columns, boolean unique) {

	public Index {
		columns = Constraints.requireColumns(columns, "An index");
	}

	/**
	 * Return this index with other columns.
	 * @param columns the new columns
	 * @return the new index
	 */
	public Index withColumns(List<String> columns) {
		return new Index(this.name, columns, this.unique);
	}

}
