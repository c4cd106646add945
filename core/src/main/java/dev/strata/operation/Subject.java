package dev.strata.operation;

import org.jspecify.annotations.Nullable;

/**
 * The table and column an error concerns, as written in messages.
 *
 * @param table the table, {@code null} if none
 * @param column the column, {@code null} if none
 */
public record Subject(@Nullable String table, @Nullable String column) {

	/**
	 * Describe a table and column for a message:
	 * {@code " (table [users], column [nickname])"}, or nothing if both are absent.
	 * @param table the table
	 * @param column the column
	 * @return the text, with a leading space
	 */
	public static String describe(@Nullable String table, @Nullable String column) {
		if (table == null && column == null) {
			return "";
		}
		if (column == null) {
			return " (table [" + table + "])";
		}
		if (table == null) {
			return " (column [" + column + "])";
		}
		return " (table [" + table + "], column [" + column + "])";
	}

	/**
	 * Describe this table and column for a message.
	 * @return the text, with a leading space, or nothing
	 */
	public String describe() {
		return describe(this.table, this.column);
	}

}
