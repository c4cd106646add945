package dev.strata.migration;

import java.util.List;

import dev.strata.model.ForeignKey;
import dev.strata.model.ReferentialAction;
import dev.strata.operation.ConstraintNaming;
import dev.strata.operation.InvalidOperationException;
import org.jspecify.annotations.Nullable;

/**
 * A foreign key being defined in a {@link Blueprint}:
 * {@code table.foreign("user_id").references("id").on("users").onDelete("cascade")}.
 */
public final class ForeignKeyDefinition {

	private final String table;

	private final List<String> columns;

	private List<String> referencedColumns = List.of();

	private @Nullable String referencedTable;

	private ReferentialAction onDelete = ReferentialAction.NO_ACTION;

	private ReferentialAction onUpdate = ReferentialAction.NO_ACTION;

	private @Nullable String name;

	ForeignKeyDefinition(String table, List<String> columns) {
		this.table = table;
		this.columns = columns;
	}

	/**
	 * Name the referenced columns, in the order of the referencing ones.
	 * @param columns the referenced columns
	 * @return this definition
	 */
	public ForeignKeyDefinition references(String... columns) {
		this.referencedColumns = Blueprint.names(this.table, "references", columns);
		return this;
	}

	/**
	 * Name the referenced table.
	 * @param table the referenced table
	 * @return this definition
	 */
	public ForeignKeyDefinition on(String table) {
		this.referencedTable = Blueprint.name(this.table, "on", table);
		return this;
	}

	/**
	 * Set what happens when a referenced row is deleted: {@code cascade},
	 * {@code set null}, {@code set default}, {@code restrict} or {@code no action}.
	 * @param action the action, in SQL words
	 * @return this definition
	 */
	public ForeignKeyDefinition onDelete(String action) {
		return onDelete(action(action));
	}

	/**
	 * Set what happens when a referenced row is deleted.
	 * @param action the action
	 * @return this definition
	 */
	public ForeignKeyDefinition onDelete(ReferentialAction action) {
		this.onDelete = action;
		return this;
	}

	/**
	 * Set what happens when a referenced key is updated: {@code cascade},
	 * {@code set null}, {@code set default}, {@code restrict} or {@code no action}.
	 * @param action the action, in SQL words
	 * @return this definition
	 */
	public ForeignKeyDefinition onUpdate(String action) {
		return onUpdate(action(action));
	}

	/**
	 * Set what happens when a referenced key is updated.
	 * @param action the action
	 * @return this definition
	 */
	public ForeignKeyDefinition onUpdate(ReferentialAction action) {
		this.onUpdate = action;
		return this;
	}

	/**
	 * Delete referencing rows with the referenced one ({@code on delete cascade}).
	 * @return this definition
	 */
	public ForeignKeyDefinition cascadeOnDelete() {
		return onDelete(ReferentialAction.CASCADE);
	}

	/**
	 * Name the constraint, instead of the conventional {@code table_columns_fkey}.
	 * @param name the constraint name
	 * @return this definition
	 */
	public ForeignKeyDefinition name(String name) {
		this.name = Blueprint.name(this.table, "name", name);
		return this;
	}

	private ReferentialAction action(String words) {
		try {
			return ReferentialAction.fromSql(words);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidOperationException(this.table, this.columns.get(0),
					"Foreign key " + this.columns + " of table [" + this.table + "]: " + ex.getMessage());
		}
	}

	ForeignKey toForeignKey() {
		if (this.referencedTable == null) {
			throw new InvalidOperationException(this.table, this.columns.get(0), "Foreign key " + this.columns
					+ " of table [" + this.table + "] names no referenced table: add .on(\"table\")");
		}
		if (this.referencedColumns.isEmpty()) {
			throw new InvalidOperationException(this.table, this.columns.get(0), "Foreign key " + this.columns
					+ " of table [" + this.table + "] names no referenced columns: add .references(\"id\")");
		}
		if (this.referencedColumns.size() != this.columns.size()) {
			throw new InvalidOperationException(this.table, this.columns.get(0),
					"Foreign key " + this.columns + " of table [" + this.table + "] references "
							+ this.referencedColumns + " of table [" + this.referencedTable
							+ "]: the number of columns differs");
		}
		String constraintName = (this.name != null) ? this.name : ConstraintNaming.foreignKey(this.table, this.columns);
		return new ForeignKey(constraintName, this.columns, this.referencedTable, this.referencedColumns, this.onDelete,
				this.onUpdate);
	}

}
