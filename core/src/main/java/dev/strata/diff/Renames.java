package dev.strata.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Renames a user has confirmed, so that the diff renames instead of dropping and adding:
 * {@code users.name:full_name} renames a column, {@code posts:articles} a table. Column
 * renames name the table by its new name.
 *
 * @param tables the table renames
 * @param columns the column renames
 */
public record Renames(List<TableRename> tables, List<ColumnRename> columns) {

	public Renames {
		tables = List.copyOf(tables);
		columns = List.copyOf(columns);
	}

	/**
	 * Return no renames.
	 * @return the empty set of renames
	 */
	public static Renames none() {
		return new Renames(List.of(), List.of());
	}

	/**
	 * Parse renames written as {@code table.old:new} (a column) or {@code old:new} (a
	 * table), separated by commas.
	 * @param text the renames, blank for none
	 * @return the renames
	 * @throws IllegalArgumentException if an entry is not of either form
	 */
	public static Renames parse(String text) {
		List<TableRename> tables = new ArrayList<>();
		List<ColumnRename> columns = new ArrayList<>();
		for (String entry : text.split(",")) {
			String trimmed = entry.trim();
			if (trimmed.isEmpty()) {
				continue;
			}
			String[] sides = trimmed.split(":");
			if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank()) {
				throw new IllegalArgumentException(
						"Rename [" + trimmed + "] must be written table.old_column:new_column or old_table:new_table");
			}
			String from = sides[0].trim();
			String to = sides[1].trim();
			int dot = from.indexOf('.');
			if (dot < 0) {
				tables.add(new TableRename(from, to));
			}
			else if (dot == 0 || dot == from.length() - 1 || to.contains(".")) {
				throw new IllegalArgumentException(
						"Rename [" + trimmed + "] must be written table.old_column:new_column or old_table:new_table");
			}
			else {
				columns.add(new ColumnRename(from.substring(0, dot), from.substring(dot + 1), to));
			}
		}
		return new Renames(tables, columns);
	}

	/**
	 * Return these renames the other way round, for the migration that undoes them.
	 * @return the inverse renames
	 */
	public Renames inverse() {
		return new Renames(this.tables.stream().map((rename) -> new TableRename(rename.to(), rename.from())).toList(),
				this.columns.stream()
					.map((rename) -> new ColumnRename(tableBefore(rename.table()), rename.to(), rename.from()))
					.toList());
	}

	private String tableBefore(String table) {
		return this.tables.stream()
			.filter((rename) -> rename.to().equalsIgnoreCase(table))
			.map(TableRename::from)
			.findFirst()
			.orElse(table);
	}

	/**
	 * A table rename.
	 *
	 * @param from the current name
	 * @param to the new name
	 */
	public record TableRename(String from, String to) {

		public TableRename {
			Objects.requireNonNull(from, "'from' must not be null");
			Objects.requireNonNull(to, "'to' must not be null");
		}

	}

	/**
	 * A column rename.
	 *
	 * @param table the table, by its name after any table rename
	 * @param from the current column name
	 * @param to the new column name
	 */
	public record ColumnRename(String table, String from, String to) {

		public ColumnRename {
			Objects.requireNonNull(table, "'table' must not be null");
			Objects.requireNonNull(from, "'from' must not be null");
			Objects.requireNonNull(to, "'to' must not be null");
		}

	}

}
