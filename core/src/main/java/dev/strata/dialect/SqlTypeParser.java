package dev.strata.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.strata.model.ColumnType;
import dev.strata.model.TypeKind;
import org.jspecify.annotations.Nullable;

/**
 * Parses SQL type names, as Hibernate writes them and as catalogs report them, into
 * {@link ColumnType}s. Names are matched in lower case with single spaces; parameters in
 * parentheses may stand after the name or in the middle
 * ({@code timestamp(6) with time zone}).
 */
final class SqlTypeParser {

	private static final Pattern TYPE = Pattern
		.compile("([a-z_][a-z0-9_ ]*?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?(?:\\s+([a-z][a-z ]*))?");

	private static final Pattern ENUM_VALUE = Pattern.compile("'((?:[^']|'')*)'");

	/**
	 * Parses a type name the standard parser does not know, or overrides it.
	 */
	interface SpecificTypes {

		@Nullable ColumnType parse(String name, List<Integer> parameters);

	}

	private SqlTypeParser() {
	}

	static ColumnType parse(String sqlType, SpecificTypes specific) {
		String text = sqlType.trim().replaceAll("\\s+", " ");
		String lower = text.toLowerCase(Locale.ROOT);
		if (lower.startsWith("enum") && lower.substring(4).trim().startsWith("(")) {
			return enumeration(text);
		}
		boolean unsigned = lower.endsWith(" unsigned");
		if (unsigned) {
			lower = lower.substring(0, lower.length() - " unsigned".length()).trim();
		}
		Matcher matcher = TYPE.matcher(lower);
		if (!matcher.matches()) {
			return ColumnType.custom(text);
		}
		String name = (matcher.group(4) != null) ? matcher.group(1) + " " + matcher.group(4) : matcher.group(1);
		List<Integer> parameters = new ArrayList<>();
		if (matcher.group(2) != null) {
			parameters.add(Integer.valueOf(matcher.group(2)));
		}
		if (matcher.group(3) != null) {
			parameters.add(Integer.valueOf(matcher.group(3)));
		}
		ColumnType type = specific.parse(name, parameters);
		if (type == null) {
			type = standard(name, parameters);
		}
		if (type == null) {
			return ColumnType.custom(text);
		}
		return unsigned ? type.withUnsigned(true) : type;
	}

	private static @Nullable ColumnType standard(String name, List<Integer> parameters) {
		Integer first = parameters.isEmpty() ? null : parameters.get(0);
		Integer second = (parameters.size() > 1) ? parameters.get(1) : null;
		return switch (name) {
			case "tinyint" -> ColumnType.of(TypeKind.TINYINT);
			case "smallint", "int2" -> ColumnType.of(TypeKind.SMALLINT);
			case "integer", "int", "int4" -> ColumnType.of(TypeKind.INTEGER);
			case "bigint", "int8" -> ColumnType.of(TypeKind.BIGINT);
			case "numeric", "decimal",
					"dec" ->
				ColumnType.of(TypeKind.DECIMAL)
					.withPrecision(first)
					.withScale((first != null && second == null) ? Integer.valueOf(0) : second);
			case "real", "float4" -> ColumnType.of(TypeKind.REAL);
			case "double precision", "double", "float8" -> ColumnType.of(TypeKind.DOUBLE);
			case "float" -> ColumnType.of((first != null && first <= 24) ? TypeKind.REAL : TypeKind.DOUBLE);
			case "boolean", "bool" -> ColumnType.of(TypeKind.BOOLEAN);
			case "char", "character", "bpchar", "nchar" -> ColumnType.character((first != null) ? first : 1);
			case "varchar", "character varying", "nvarchar", "varchar2" ->
				ColumnType.of(TypeKind.VARCHAR).withLength(first);
			case "text" -> ColumnType.of(TypeKind.TEXT);
			case "clob", "character large object" -> ColumnType.of(TypeKind.CLOB);
			case "date" -> ColumnType.of(TypeKind.DATE);
			case "time", "time without time zone" -> ColumnType.of(TypeKind.TIME).withPrecision(first);
			case "time with time zone", "timetz" -> ColumnType.of(TypeKind.TIME_TZ).withPrecision(first);
			case "timestamp", "timestamp without time zone" -> ColumnType.of(TypeKind.TIMESTAMP).withPrecision(first);
			case "timestamp with time zone", "timestamptz" -> ColumnType.of(TypeKind.TIMESTAMP_TZ).withPrecision(first);
			case "interval second" -> ColumnType.of(TypeKind.INTERVAL_SECOND).withPrecision(first);
			case "varbinary", "binary varying", "bytea" -> ColumnType.of(TypeKind.BINARY).withLength(first);
			case "blob", "binary large object" -> ColumnType.of(TypeKind.BLOB);
			case "uuid" -> ColumnType.of(TypeKind.UUID);
			case "json" -> ColumnType.of(TypeKind.JSON);
			default -> null;
		};
	}

	private static ColumnType enumeration(String text) {
		String inside = text.substring(text.indexOf('(') + 1, text.lastIndexOf(')'));
		List<String> values = new ArrayList<>();
		Matcher matcher = ENUM_VALUE.matcher(inside);
		while (matcher.find()) {
			values.add(matcher.group(1).replace("''", "'"));
		}
		return values.isEmpty() ? ColumnType.custom(text) : ColumnType.enumeration(null, values);
	}

}
