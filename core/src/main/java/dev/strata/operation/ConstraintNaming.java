package dev.strata.operation;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The names Strata gives constraints and indexes that a migration leaves unnamed. They
 * follow PostgreSQL's own conventions ({@code blogs_pkey}, {@code blogs_user_id_fkey},
 * {@code users_email_key}, {@code users_name_idx}, {@code users_status_check}), so a
 * migration builds the same names as Hibernate's DDL does on PostgreSQL, and every
 * database gets predictable names that later migrations can drop. Names longer than
 * {@value #MAX_LENGTH} characters are shortened with a hash suffix, so they fit every
 * supported database.
 */
public final class ConstraintNaming {

	/** The longest name produced, PostgreSQL's limit. */
	public static final int MAX_LENGTH = 63;

	private ConstraintNaming() {
	}

	/**
	 * Return the name of a table's primary key.
	 * @param table the table
	 * @return the name
	 */
	public static String primaryKey(String table) {
		return fit(table + "_pkey");
	}

	/**
	 * Return the name of a unique constraint.
	 * @param table the table
	 * @param columns the columns
	 * @return the name
	 */
	public static String unique(String table, List<String> columns) {
		return fit(table + "_" + String.join("_", columns) + "_key");
	}

	/**
	 * Return the name of an index.
	 * @param table the table
	 * @param columns the columns
	 * @return the name
	 */
	public static String index(String table, List<String> columns) {
		return fit(table + "_" + String.join("_", columns) + "_idx");
	}

	/**
	 * Return the name of a foreign key.
	 * @param table the referencing table
	 * @param columns the referencing columns
	 * @return the name
	 */
	public static String foreignKey(String table, List<String> columns) {
		return fit(table + "_" + String.join("_", columns) + "_fkey");
	}

	/**
	 * Return the name of a check constraint declared on a column.
	 * @param table the table
	 * @param column the column
	 * @return the name
	 */
	public static String columnCheck(String table, String column) {
		return fit(table + "_" + column + "_check");
	}

	/**
	 * Return the name of the n-th unnamed table-level check constraint of a table.
	 * @param table the table
	 * @param ordinal 0 for the first, 1 for the second...
	 * @return the name
	 */
	public static String tableCheck(String table, int ordinal) {
		return fit(table + "_check" + ((ordinal > 0) ? Integer.toString(ordinal) : ""));
	}

	static String fit(String name) {
		if (name.length() <= MAX_LENGTH) {
			return name;
		}
		CRC32 crc = new CRC32();
		crc.update(name.getBytes(StandardCharsets.UTF_8));
		String hash = HexFormat.of().toHexDigits((int) crc.getValue());
		return name.substring(0, MAX_LENGTH - hash.length() - 1) + "_" + hash;
	}

}
