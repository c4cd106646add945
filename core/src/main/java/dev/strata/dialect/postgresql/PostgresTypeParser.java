package dev.strata.dialect.postgresql;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.strata.model.ColumnType;
import dev.strata.model.TypeKind;
import org.jspecify.annotations.Nullable;

/**
 * Maps a type as PostgreSQL's {@code format_type(atttypid, atttypmod)} spells it
 * ({@code character varying(20)}, {@code timestamp(3) with time zone}) to a
 * {@link ColumnType}. Types without a Strata kind (arrays, {@code json}, {@code oid},
 * extension and user types, {@code interval} with other fields) stay custom, spelled as
 * reported.
 */
final class PostgresTypeParser {

	private static final Pattern TYPE = Pattern
		.compile("([a-z][a-z ]*?)(?:\\((\\d+)(?:,(\\d+))?\\))?( with time zone| without time zone)?");

	private PostgresTypeParser() {
	}

	static ColumnType parse(String formatted) {
		Matcher matcher = TYPE.matcher(formatted);
		if (!matcher.matches()) {
			return ColumnType.custom(formatted);
		}
		String base = matcher.group(1);
		Integer first = number(matcher.group(2));
		Integer second = number(matcher.group(3));
		String zone = matcher.group(4);
		if (zone != null) {
			boolean withZone = zone.equals(" with time zone");
			return switch (base) {
				case "time" -> ColumnType.of(withZone ? TypeKind.TIME_TZ : TypeKind.TIME).withPrecision(first);
				case "timestamp" ->
					ColumnType.of(withZone ? TypeKind.TIMESTAMP_TZ : TypeKind.TIMESTAMP).withPrecision(first);
				default -> ColumnType.custom(formatted);
			};
		}
		ColumnType type = switch (base) {
			case "smallint" -> ColumnType.of(TypeKind.SMALLINT);
			case "integer" -> ColumnType.of(TypeKind.INTEGER);
			case "bigint" -> ColumnType.of(TypeKind.BIGINT);
			case "numeric" -> ColumnType.of(TypeKind.DECIMAL).withPrecision(first).withScale(second);
			case "real" -> ColumnType.of(TypeKind.REAL);
			case "double precision" -> ColumnType.of(TypeKind.DOUBLE);
			case "boolean" -> ColumnType.of(TypeKind.BOOLEAN);
			case "character" -> ColumnType.of(TypeKind.CHAR).withLength(first);
			case "character varying" -> ColumnType.of(TypeKind.VARCHAR).withLength(first);
			case "text" -> ColumnType.of(TypeKind.TEXT);
			case "date" -> ColumnType.of(TypeKind.DATE);
			case "interval second" -> ColumnType.of(TypeKind.INTERVAL_SECOND).withPrecision(first);
			case "bytea" -> ColumnType.of(TypeKind.BINARY);
			case "uuid" -> ColumnType.of(TypeKind.UUID);
			case "jsonb" -> ColumnType.of(TypeKind.JSON);
			default -> null;
		};
		boolean unexpectedParameters = type != null && type.length() == null && type.precision() == null
				&& first != null;
		return (type != null && !unexpectedParameters) ? type : ColumnType.custom(formatted);
	}

	private static @Nullable Integer number(@Nullable String digits) {
		return (digits != null) ? Integer.valueOf(digits) : null;
	}

}
