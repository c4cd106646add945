package dev.strata.operation;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;

import dev.strata.model.CheckConstraint;
import dev.strata.model.ForeignKey;
import dev.strata.model.Identifiers;
import dev.strata.model.Index;
import dev.strata.model.PrimaryKey;
import dev.strata.model.SchemaSnapshot;
import dev.strata.model.Table;
import dev.strata.model.UniqueConstraint;
import org.jspecify.annotations.Nullable;

/**
 * The names Strata gives constraints and indexes that a migration leaves unnamed. They
 * follow PostgreSQL's own conventions ({@code blogs_pkey}, {@code blogs_user_id_fkey},
 * {@code users_email_key}, {@code users_name_idx}, {@code users_age_check}), so a
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
	 * Return the name of the check constraint on a PostgreSQL enumeration column, which
	 * PostgreSQL gives Hibernate's inline {@code check (status in (...))}.
	 * @param table the table
	 * @param column the column
	 * @return the name
	 */
	public static String columnCheck(String table, String column) {
		return fit(table + "_" + column + "_check");
	}

	/**
	 * Return the name of a check constraint, as PostgreSQL chooses it:
	 * {@code table_column_check} when the condition mentions exactly one column,
	 * {@code table_check} otherwise.
	 * @param table the table
	 * @param expression the condition
	 * @param columns the table's columns, to tell columns from other words; {@code null}
	 * when unknown, then every word that is not an SQL keyword, a function or a type
	 * counts
	 * @return the name
	 */
	public static String check(String table, String expression, @Nullable Collection<String> columns) {
		List<String> referenced = CheckColumns.referenced(expression, columns);
		return fit(table + ((referenced.size() == 1) ? "_" + referenced.get(0) : "") + "_check");
	}

	/**
	 * Return a name that is not taken yet, numbering it as PostgreSQL does
	 * ({@code users_check}, {@code users_check1}, ...), and take it.
	 * @param name the name wanted
	 * @param taken the names taken so far, in lower case; the result is added
	 * @return the name to use
	 */
	public static String untaken(String name, Set<String> taken) {
		String candidate = name;
		for (int number = 1; taken.contains(Identifiers.key(candidate)); number++) {
			candidate = fit(name + number);
		}
		taken.add(Identifiers.key(candidate));
		return candidate;
	}

	/**
	 * Return a schema in which every constraint and index that has no name carries the
	 * name a migration would give it, so that operations derived from the schema equal
	 * the ones the DSL records.
	 * @param snapshot the schema
	 * @return the schema with every constraint and index named
	 */
	public static SchemaSnapshot nameAll(SchemaSnapshot snapshot) {
		List<Table> tables = new ArrayList<>();
		for (Table table : snapshot.tables()) {
			tables.add(nameAll(table));
		}
		return SchemaSnapshot.of(tables, snapshot.sequences());
	}

	private static Table nameAll(Table table) {
		String name = table.name();
		PrimaryKey primaryKey = table.primaryKey();
		Set<String> checkNames = new HashSet<>();
		table.checks().forEach((check) -> {
			if (check.name() != null) {
				checkNames.add(Identifiers.key(check.name()));
			}
		});
		return table
			.withPrimaryKey((primaryKey != null && primaryKey.name() == null) ? primaryKey.withName(primaryKey(name))
					: primaryKey)
			.withUniqueConstraints(table.uniqueConstraints()
				.stream()
				.map((unique) -> (unique.name() != null) ? unique
						: new UniqueConstraint(unique(name, unique.columns()), unique.columns()))
				.toList())
			.withIndexes(table.indexes()
				.stream()
				.map((index) -> (index.name() != null) ? index
						: new Index(index(name, index.columns()), index.columns(), index.unique()))
				.toList())
			.withForeignKeys(table.foreignKeys()
				.stream()
				.map((foreignKey) -> (foreignKey.name() != null) ? foreignKey
						: new ForeignKey(foreignKey(name, foreignKey.columns()), foreignKey.columns(),
								foreignKey.referencedTable(), foreignKey.referencedColumns(), foreignKey.onDelete(),
								foreignKey.onUpdate()))
				.toList())
			.withChecks(table.checks().stream().map((check) -> {
				if (check.name() != null) {
					return check;
				}
				String checkName = untaken(check(name, check.expression(), table.columnNames()), checkNames);
				return new CheckConstraint(checkName, check.expression(), check.column());
			}).toList());
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
