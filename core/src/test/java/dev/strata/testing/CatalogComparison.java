package dev.strata.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.strata.model.CheckConstraint;
import dev.strata.model.ForeignKey;
import dev.strata.model.Index;
import dev.strata.model.SchemaSnapshot;
import dev.strata.model.Table;
import dev.strata.model.UniqueConstraint;
import org.jspecify.annotations.Nullable;

/**
 * Compares two catalogs as read back from databases, strictly: the same tables, the same
 * columns in the same order with the same types, nullability, defaults and identity, and
 * the same keys, foreign keys, unique and check constraints, indexes and sequences, with
 * the same names, except names the database made up itself (H2's {@code CONSTRAINT_4F}),
 * which differ between any two databases.
 */
public final class CatalogComparison {

	private static final Pattern SYSTEM_NAME = Pattern.compile("(?i)(constraint|primary_key)_[0-9a-f]+");

	private CatalogComparison() {
	}

	/**
	 * Describe every difference between two catalogs.
	 * @param first one catalog
	 * @param second the other catalog
	 * @return the differences, empty if the catalogs are equal
	 */
	public static List<String> differences(SchemaSnapshot first, SchemaSnapshot second) {
		return differences(first, second, true);
	}

	/**
	 * Describe every difference between two catalogs, optionally ignoring the order of
	 * columns within a table, which {@code add column} cannot reproduce.
	 * @param first one catalog
	 * @param second the other catalog
	 * @param columnOrder whether the order of columns counts
	 * @return the differences, empty if the catalogs are equal
	 */
	public static List<String> differences(SchemaSnapshot first, SchemaSnapshot second, boolean columnOrder) {
		List<String> differences = new ArrayList<>();
		compare(differences, "tables", names(first.tables().stream().map(Table::name).toList()),
				names(second.tables().stream().map(Table::name).toList()));
		compare(differences, "sequences", first.sequences(), second.sequences());
		for (Table table : first.tables()) {
			second.table(table.name()).ifPresent((other) -> compare(differences, table, other, columnOrder));
		}
		return differences;
	}

	private static void compare(List<String> differences, Table first, Table second, boolean columnOrder) {
		String table = table(first);
		compare(differences, table + " columns", columns(first, columnOrder), columns(second, columnOrder));
		compareNamed(differences, table + " primary key", primaryKey(first), primaryKey(second));
		compareNamed(differences, table + " unique constraints", uniques(first), uniques(second));
		compareNamed(differences, table + " indexes", indexes(first), indexes(second));
		compareNamed(differences, table + " foreign keys", foreignKeys(first), foreignKeys(second));
		compareNamed(differences, table + " checks", checks(first), checks(second));
	}

	private static List<String> columns(Table table, boolean inOrder) {
		List<String> columns = table.columns()
			.stream()
			.map((column) -> column.toString().toLowerCase(Locale.ROOT))
			.toList();
		return inOrder ? columns : columns.stream().sorted().toList();
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
							+ columns(key.referencedColumns()) + " " + key.onDelete() + " " + key.onUpdate()))
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
	 * Pairs objects by definition; a paired object's name must be equal unless either
	 * database made its name up.
	 */
	private static void compareNamed(List<String> differences, String what, List<Named> first, List<Named> second) {
		List<Named> unmatched = new ArrayList<>(second);
		List<String> problems = new ArrayList<>();
		for (Named item : first) {
			Named match = unmatched.stream()
				.filter((candidate) -> candidate.definition().equals(item.definition()))
				.findFirst()
				.orElse(null);
			if (match == null) {
				problems.add("only in the first: " + item);
				continue;
			}
			unmatched.remove(match);
			if (!item.system() && !match.system() && !item.name().equalsIgnoreCase(match.name())) {
				problems.add("named [" + item.name() + "] and [" + match.name() + "]: " + item.definition());
			}
		}
		unmatched.forEach((item) -> problems.add("only in the second: " + item));
		if (!problems.isEmpty()) {
			differences.add(what + " differ:\n  " + String.join("\n  ", problems));
		}
	}

	private static String table(Table table) {
		return "table [" + table.name() + "]";
	}

	private static List<String> names(List<String> names) {
		return names.stream().map((name) -> name.toLowerCase(Locale.ROOT)).sorted().toList();
	}

	private static void compare(List<String> differences, String what, @Nullable Object first,
			@Nullable Object second) {
		if (first == null ? second != null : !first.equals(second)) {
			differences.add(what + " differ:\n  " + first + "\n  " + second);
		}
	}

	private record Named(@Nullable String name, String definition) {

		boolean system() {
			return this.name == null || SYSTEM_NAME.matcher(this.name).matches();
		}

	}

}
