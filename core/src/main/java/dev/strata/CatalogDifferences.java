package dev.strata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.ForeignKey;
import dev.strata.model.Index;
import dev.strata.model.SchemaSnapshot;
import dev.strata.model.Table;
import dev.strata.model.UniqueConstraint;
import org.jspecify.annotations.Nullable;

/**
 * Compares two catalogs read back from the same database at two moments, strictly: the
 * same tables, the same columns with the same types, nullability, defaults and identity,
 * and the same keys, foreign keys, unique and check constraints, indexes and sequences,
 * under the same names, except names the database made up itself (H2's
 * {@code CONSTRAINT_4F}), which change whenever the object is created again. Columns are
 * compared by name, not by position, unless asked: a dropped column added back by a
 * rollback comes last in its table, as databases only add columns at the end.
 */
public final class CatalogDifferences {

	private static final Pattern SYSTEM_NAME = Pattern.compile("(?i)(constraint|primary_key)_[0-9a-f]+");

	private CatalogDifferences() {
	}

	/**
	 * Describe every difference between two catalogs, comparing columns by name.
	 * @param expected the catalog as it should be
	 * @param actual the catalog as it is
	 * @return the differences, one paragraph each, empty if the catalogs are equal
	 */
	public static List<String> between(SchemaSnapshot expected, SchemaSnapshot actual) {
		return between(expected, actual, false);
	}

	/**
	 * Describe every difference between two catalogs.
	 * @param expected the catalog as it should be
	 * @param actual the catalog as it is
	 * @param columnOrder whether the position of columns in their table counts too
	 * @return the differences, one paragraph each, empty if the catalogs are equal
	 */
	public static List<String> between(SchemaSnapshot expected, SchemaSnapshot actual, boolean columnOrder) {
		List<String> differences = new ArrayList<>();
		compare(differences, "tables", names(expected.tables().stream().map(Table::name).toList()),
				names(actual.tables().stream().map(Table::name).toList()));
		compare(differences, "sequences", expected.sequences(), actual.sequences());
		for (Table table : expected.tables()) {
			actual.table(table.name()).ifPresent((other) -> compare(differences, table, other, columnOrder));
		}
		return differences;
	}

	private static void compare(List<String> differences, Table expected, Table actual, boolean columnOrder) {
		String table = "table [" + expected.name() + "]";
		compare(differences, table + " columns", columnOrder ? expected.columns() : byName(expected.columns()),
				columnOrder ? actual.columns() : byName(actual.columns()));
		compareNamed(differences, table + " primary key", primaryKey(expected), primaryKey(actual));
		compareNamed(differences, table + " unique constraints", uniques(expected), uniques(actual));
		compareNamed(differences, table + " indexes", indexes(expected), indexes(actual));
		compareNamed(differences, table + " foreign keys", foreignKeys(expected), foreignKeys(actual));
		compareNamed(differences, table + " checks", checks(expected), checks(actual));
	}

	private static List<Column> byName(List<Column> columns) {
		return columns.stream()
			.sorted(Comparator.comparing((column) -> column.name().toLowerCase(Locale.ROOT)))
			.toList();
	}

	private static List<Named> primaryKey(Table table) {
		return (table.primaryKey() != null)
				? List.of(new Named(table.primaryKey().name(), columns(table.primaryKey().columns()))) : List.of();
	}

	private static List<Named> uniques(Table table) {
		return table.uniqueConstraints()
			.stream()
			.map((UniqueConstraint unique) -> new Named(unique.name(), columns(unique.columns())))
			.toList();
	}

	private static List<Named> indexes(Table table) {
		return table.indexes()
			.stream()
			.map((Index index) -> new Named(index.name(), columns(index.columns()) + (index.unique() ? " unique" : "")))
			.toList();
	}

	private static List<Named> foreignKeys(Table table) {
		return table.foreignKeys()
			.stream()
			.map((ForeignKey key) -> new Named(key.name(),
					columns(key.columns()) + " -> " + key.referencedTable().toLowerCase(Locale.ROOT)
							+ columns(key.referencedColumns()) + " on delete " + key.onDelete() + " on update "
							+ key.onUpdate()))
			.toList();
	}

	private static List<Named> checks(Table table) {
		return table.checks()
			.stream()
			.map((CheckConstraint check) -> new Named(check.name(), check.expression()))
			.toList();
	}

	private static String columns(List<String> columns) {
		return columns.stream().map((column) -> column.toLowerCase(Locale.ROOT)).toList().toString();
	}

	/**
	 * Pairs objects by definition; a paired object's name must be equal unless the
	 * database made either name up.
	 */
	private static void compareNamed(List<String> differences, String what, List<Named> expected, List<Named> actual) {
		List<Named> unmatched = new ArrayList<>(actual);
		List<String> problems = new ArrayList<>();
		for (Named item : expected) {
			Named match = unmatched.stream()
				.filter((candidate) -> candidate.definition().equals(item.definition()))
				.findFirst()
				.orElse(null);
			if (match == null) {
				problems.add("missing: " + item);
				continue;
			}
			unmatched.remove(match);
			if (!item.system() && !match.system()
					&& !Objects.requireNonNull(item.name()).equalsIgnoreCase(match.name())) {
				problems.add("named [" + match.name() + "] instead of [" + item.name() + "]: " + item.definition());
			}
		}
		unmatched.forEach((item) -> problems.add("unexpected: " + item));
		if (!problems.isEmpty()) {
			differences.add(what + " differ:\n    " + String.join("\n    ", problems));
		}
	}

	private static List<String> names(List<String> names) {
		return names.stream().map((name) -> name.toLowerCase(Locale.ROOT)).sorted().toList();
	}

	private static void compare(List<String> differences, String what, Object expected, Object actual) {
		if (!expected.equals(actual)) {
			differences.add(what + " differ:\n    expected " + expected + "\n    found    " + actual);
		}
	}

	private record Named(@Nullable String name, String definition) {

		boolean system() {
			return this.name == null || SYSTEM_NAME.matcher(this.name).matches();
		}

		@Override
		public String toString() {
			return ((this.name != null) ? this.name + " " : "") + this.definition;
		}

	}

}
