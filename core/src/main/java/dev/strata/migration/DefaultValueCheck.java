package dev.strata.migration;

import java.math.BigDecimal;

import dev.strata.model.ColumnType;
import dev.strata.model.DefaultValue;
import dev.strata.model.TypeKind;
import org.jspecify.annotations.Nullable;

/**
 * Checks that a literal default fits its column's type before any SQL is written, so that
 * {@code integer("age").defaultValue("abc")} is reported with the migration, table and
 * column instead of failing inside the database (PostgreSQL) or, worse, being accepted
 * and failing on the first insert (H2).
 */
final class DefaultValueCheck {

	private DefaultValueCheck() {
	}

	/**
	 * Return what is wrong with a default for a type.
	 * @param value the default
	 * @param type the column type
	 * @return the problem, or {@code null} if the default fits
	 */
	static @Nullable String mismatch(DefaultValue value, ColumnType type) {
		TypeKind kind = type.kind();
		String text = value.text();
		String shown = value.toString();
		if (kind.isInteger() || kind == TypeKind.DECIMAL || kind == TypeKind.REAL || kind == TypeKind.DOUBLE) {
			if (value.kind() == DefaultValue.Kind.BOOLEAN) {
				return kind.isInteger() ? null
						: "the default value [" + shown + "] is not a number, but the column is " + describe(kind);
			}
			BigDecimal number = number(text);
			if (number == null) {
				return "the default value [" + shown + "] is not a number, but the column is " + describe(kind);
			}
			if (kind.isInteger() && number.stripTrailingZeros().scale() > 0) {
				return "the default value [" + shown + "] is not a whole number, but the column is " + describe(kind);
			}
			return null;
		}
		if (kind == TypeKind.BOOLEAN && !text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
			return "the default value [" + shown + "] is not true or false, but the column is boolean";
		}
		if (kind == TypeKind.ENUM && !type.values().isEmpty() && !type.values().contains(text)) {
			return "the default value [" + shown + "] is not one of the enumeration's values " + type.values();
		}
		return null;
	}

	private static @Nullable BigDecimal number(String text) {
		try {
			return new BigDecimal(text.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String describe(TypeKind kind) {
		return kind.name().toLowerCase(java.util.Locale.ROOT);
	}

}
