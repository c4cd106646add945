package dev.strata.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.strata.dialect.Dialect;
import dev.strata.model.Column;
import dev.strata.model.ColumnType;
import dev.strata.model.TypeKind;
import dev.strata.operation.AlterColumn;

/**
 * Compares one column present on both sides: type in the dialect's canonical form,
 * nullability, default and identity. A change becomes one {@link AlterColumn} to the
 * expected definition, with a warning where existing data could make it fail or be lost.
 */
final class ColumnComparison {

	private final Dialect dialect;

	private final String table;

	ColumnComparison(Dialect dialect, String table) {
		this.dialect = dialect;
		this.table = table;
	}

	void compare(Column actual, Column expected, DiffCollector out) {
		String where = "Column [" + this.table + "." + expected.name() + "]";
		List<String> warnings = new ArrayList<>();
		boolean changed = false;
		ColumnType actualType = this.dialect.canonicalType(actual.type());
		ColumnType expectedType = this.dialect.canonicalType(expected.type());
		if (!actualType.equals(expectedType)) {
			changed = true;
			out.difference(DifferenceKind.COLUMN_TYPE, this.table, expected.name(), where + " has type "
					+ describeType(actualType, expectedType) + ", expected " + describeType(expectedType, actualType));
			String warning = typeChangeWarning(lower(where), actualType, expectedType);
			if (warning != null) {
				warnings.add(warning);
			}
		}
		boolean actualNotNull = !actual.nullable() || actual.autoIncrement();
		boolean expectedNotNull = !expected.nullable() || expected.autoIncrement();
		if (actualNotNull != expectedNotNull) {
			changed = true;
			out.difference(DifferenceKind.COLUMN_NULLABILITY, this.table, expected.name(),
					where + (actualNotNull ? " is NOT NULL, expected nullable" : " is nullable, expected NOT NULL"));
			if (expectedNotNull) {
				warnings.add("Makes " + lower(where) + " NOT NULL: fails if it holds nulls; fill them first.");
			}
		}
		if (actual.autoIncrement() != expected.autoIncrement()) {
			changed = true;
			out.difference(DifferenceKind.COLUMN_IDENTITY, this.table, expected.name(),
					where + (actual.autoIncrement() ? " is an identity column, expected a plain column"
							: " is a plain column, expected an identity column"));
			if (actual.autoIncrement()) {
				warnings.add("Makes " + lower(where) + " a plain column: the ids it generated stay. If a sequence "
						+ "generates them from now on, move it past the largest id plus its increment (Hibernate's "
						+ "pooled optimizer hands out the ids below the sequence's value), e.g. schema.sql(\"select "
						+ "setval('<sequence>', (select max(id) from <table>) + <allocationSize>)\"), or inserts fail "
						+ "with a duplicate key.");
			}
		}
		if (!expected.autoIncrement() && !sameDefault(actual, expected)) {
			changed = true;
			out.difference(DifferenceKind.COLUMN_DEFAULT, this.table, expected.name(),
					where + " has " + describeDefault(actual) + ", expected " + describeDefault(expected));
		}
		if (changed) {
			out.operation(Phase.ALTER_COLUMN, new AlterColumn(this.table, expected.withName(actual.name())), warnings);
		}
	}

	private static String lower(String where) {
		return Character.toLowerCase(where.charAt(0)) + where.substring(1);
	}

	private static boolean sameDefault(Column actual, Column expected) {
		if (actual.defaultValue() == null || expected.defaultValue() == null) {
			return actual.defaultValue() == null && expected.defaultValue() == null;
		}
		return SqlExpressions.normalizeDefault(actual.defaultValue())
			.equals(SqlExpressions.normalizeDefault(expected.defaultValue()));
	}

	private static String describeDefault(Column column) {
		return (column.defaultValue() != null) ? "default " + column.defaultValue() : "no default";
	}

	/**
	 * Describe a type, with the values an enumeration allows when the other type has the
	 * same name in SQL (an enumeration stored as a string column with a check).
	 */
	private String describeType(ColumnType type, ColumnType other) {
		String name = this.dialect.typeName(type);
		if (!name.equals(this.dialect.typeName(other))) {
			return name;
		}
		return name + ((type.kind() == TypeKind.ENUM) ? " allowing only " + type.values() : " allowing any value");
	}

	private String typeChangeWarning(String where, ColumnType from, ColumnType to) {
		String change = " from " + this.dialect.typeName(from) + " to " + this.dialect.typeName(to);
		String lost = this.dialect.dataLostByTypeChange(from, to);
		if (lost != null) {
			return "Changes the type of " + where + change + ": " + lost;
		}
		if (from.kind() == TypeKind.ENUM && to.kind() == TypeKind.ENUM) {
			List<String> removed = from.values().stream().filter((value) -> !to.values().contains(value)).toList();
			return removed.isEmpty() ? null : "Removes values " + removed + " from " + where
					+ ": rows holding them make the migration fail; update them first.";
		}
		if (from.kind() != to.kind()) {
			if (rank(from.kind()) > 0 && rank(to.kind()) > 0) {
				return (rank(to.kind()) < rank(from.kind()))
						? "Narrows " + where + change + ": values out of range make the migration fail." : null;
			}
			return "Changes the type of " + where + change
					+ ": values that do not convert make the migration fail; check the data first.";
		}
		if (smaller(to.length(), from.length()) || smaller(to.precision(), from.precision())
				|| smaller(to.scale(), from.scale())) {
			return "Narrows " + where + change + ": values that do not fit make the migration fail"
					+ ((to.scale() != null || from.scale() != null) ? " or lose digits." : ".");
		}
		return null;
	}

	private static boolean smaller(Integer to, Integer from) {
		return (to != null && from != null) ? to < from : (to != null);
	}

	private static int rank(TypeKind kind) {
		return switch (kind) {
			case TINYINT -> 1;
			case SMALLINT -> 2;
			case INTEGER -> 3;
			case BIGINT -> 4;
			case REAL -> 5;
			case DOUBLE -> 6;
			default -> 0;
		};
	}

	static boolean sameType(Dialect dialect, Column first, Column second) {
		return Objects.equals(dialect.canonicalType(first.type()), dialect.canonicalType(second.type()));
	}

}
