package dev.strata.model;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A foreign key. It names the table it references; it does not hold it.
 *
 * @param name the constraint name, {@code null} to leave it to the database
 * @param columns the referencing columns, in order
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns, in the same order
 * @param onDelete what happens when a referenced row is deleted
 * @param onUpdate what happens when a referenced key is updated
 */
public record ForeignKey(@Nullable String name, List<String> columns, String referencedTable,
		List<String> referencedColumns, ReferentialAction onDelete, ReferentialAction onUpdate) {

	public ForeignKey {
		columns = Constraints.requireColumns(columns, "A foreign key");
		Objects.requireNonNull(referencedTable, "'referencedTable' must not be null");
		referencedColumns = Constraints.requireColumns(referencedColumns, "A foreign key's reference");
		Objects.requireNonNull(onDelete, "'onDelete' must not be null");
		Objects.requireNonNull(onUpdate, "'onUpdate' must not be null");
		if (columns.size() != referencedColumns.size()) {
			throw new IllegalArgumentException("A foreign key on " + columns + " references " + referencedColumns
					+ ": the number of columns differs");
		}
	}

	/**
	 * Return this key with other referencing columns.
	 * @param columns the new columns
	 * @return the new key
	 */
	public ForeignKey withColumns(List<String> columns) {
		return new ForeignKey(this.name, columns, this.referencedTable, this.referencedColumns, this.onDelete,
				this.onUpdate);
	}

	/**
	 * Return this key referencing another table or other columns.
	 * @param referencedTable the referenced table
	 * @param referencedColumns the referenced columns
	 * @return the new key
	 */
	public ForeignKey withReference(String referencedTable, List<String> referencedColumns) {
		return new ForeignKey(this.name, this.columns, referencedTable, referencedColumns, this.onDelete,
				this.onUpdate);
	}

}
