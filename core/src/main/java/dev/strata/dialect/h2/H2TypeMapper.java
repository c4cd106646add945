package dev.strata.dialect.h2;

import java.util.List;

import dev.strata.model.ColumnType;
import dev.strata.model.TypeKind;
import org.jspecify.annotations.Nullable;

/**
 * Maps a column's type as H2 2.x describes it in {@code INFORMATION_SCHEMA.COLUMNS} to a
 * {@link ColumnType}. H2 already resolves synonyms there: {@code DATA_TYPE} is
 * {@code NUMERIC} for {@code DECIMAL}, {@code REAL} or {@code DOUBLE PRECISION} for
 * {@code FLOAT(p)}; the declared precision and scale tell whether a decimal had any.
 */
final class H2TypeMapper {

	private H2TypeMapper() {
	}

	/**
	 * Return the type of a column.
	 * @param column the column's catalog row
	 * @param enumValues the values of an {@code ENUM} column, in order, empty otherwise
	 * @return the type
	 */
	static ColumnType map(H2ColumnRow column, List<String> enumValues) {
		Integer length = column.length();
		return switch (column.dataType()) {
			case "TINYINT" -> ColumnType.of(TypeKind.TINYINT);
			case "SMALLINT" -> ColumnType.of(TypeKind.SMALLINT);
			case "INTEGER" -> ColumnType.of(TypeKind.INTEGER);
			case "BIGINT" -> ColumnType.of(TypeKind.BIGINT);
			case "NUMERIC", "DECIMAL" -> decimal(column);
			case "REAL" -> ColumnType.of(TypeKind.REAL);
			case "DOUBLE PRECISION" -> ColumnType.of(TypeKind.DOUBLE);
			case "BOOLEAN" -> ColumnType.of(TypeKind.BOOLEAN);
			case "CHARACTER" -> ColumnType.of(TypeKind.CHAR).withLength(length);
			case "CHARACTER VARYING" -> ColumnType.of(TypeKind.VARCHAR).withLength(length);
			case "CHARACTER LARGE OBJECT" -> ColumnType.of(TypeKind.CLOB);
			case "BINARY VARYING" -> ColumnType.of(TypeKind.BINARY).withLength(length);
			case "BINARY LARGE OBJECT" -> ColumnType.of(TypeKind.BLOB);
			case "DATE" -> ColumnType.of(TypeKind.DATE);
			case "TIME" -> ColumnType.of(TypeKind.TIME).withPrecision(column.datetimePrecision());
			case "TIME WITH TIME ZONE" -> ColumnType.of(TypeKind.TIME_TZ).withPrecision(column.datetimePrecision());
			case "TIMESTAMP" -> ColumnType.of(TypeKind.TIMESTAMP).withPrecision(column.datetimePrecision());
			case "TIMESTAMP WITH TIME ZONE" ->
				ColumnType.of(TypeKind.TIMESTAMP_TZ).withPrecision(column.datetimePrecision());
			case "INTERVAL" -> interval(column);
			case "UUID" -> ColumnType.of(TypeKind.UUID);
			case "JSON" -> ColumnType.of(TypeKind.JSON);
			case "ENUM" -> enumValues.isEmpty() ? ColumnType.custom("ENUM") : ColumnType.enumeration(null, enumValues);
			default -> ColumnType.custom(column.dataType() + ((length != null) ? "(" + length + ")" : ""));
		};
	}

	private static ColumnType decimal(H2ColumnRow column) {
		Integer precision = column.declaredPrecision();
		Integer scale = column.declaredScale();
		if (precision != null && scale == null) {
			// NUMERIC(p) has scale 0
			scale = 0;
		}
		return ColumnType.of(TypeKind.DECIMAL).withPrecision(precision).withScale(scale);
	}

	private static ColumnType interval(H2ColumnRow column) {
		@Nullable String fields = column.intervalType();
		if ("SECOND".equals(fields)) {
			return ColumnType.of(TypeKind.INTERVAL_SECOND).withPrecision(column.datetimePrecision());
		}
		return ColumnType.custom("INTERVAL" + ((fields != null) ? " " + fields : ""));
	}

}
