package dev.strata.dialect.h2;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.jspecify.annotations.Nullable;

/**
 * One row of H2's {@code INFORMATION_SCHEMA.COLUMNS}, with names as stored.
 *
 * @param table the table name
 * @param name the column name
 * @param dataType the data type, for example {@code CHARACTER VARYING}
 * @param length the maximum length of a character or binary type, {@code null} if there
 * is none or it exceeds an {@code int} (large objects)
 * @param declaredPrecision the declared precision of a numeric type
 * @param declaredScale the declared scale of a numeric type
 * @param datetimePrecision the fractional seconds of a temporal or interval type
 * @param intervalType the fields of an interval type, for example {@code SECOND}
 * @param nullable whether the column accepts {@code null}
 * @param defaultValue the default as H2 reports it
 * @param identity whether it is an identity column
 * @param dtdIdentifier what {@code INFORMATION_SCHEMA.ENUM_VALUES} refers to the column's
 * type by
 */
record H2ColumnRow(String table, String name, String dataType, @Nullable Integer length,
		@Nullable Integer declaredPrecision, @Nullable Integer declaredScale, @Nullable Integer datetimePrecision,
		@Nullable String intervalType, boolean nullable, @Nullable String defaultValue, boolean identity,
		@Nullable String dtdIdentifier) {

	static final String QUERY = """
			select TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, DECLARED_NUMERIC_PRECISION,
			       DECLARED_NUMERIC_SCALE, DATETIME_PRECISION, INTERVAL_TYPE, IS_NULLABLE, COLUMN_DEFAULT,
			       IS_IDENTITY, DTD_IDENTIFIER
			from INFORMATION_SCHEMA.COLUMNS
			where TABLE_SCHEMA = SCHEMA()
			order by TABLE_NAME, ORDINAL_POSITION
			""";

	static H2ColumnRow of(ResultSet result) throws SQLException {
		return new H2ColumnRow(result.getString("TABLE_NAME"), result.getString("COLUMN_NAME"),
				result.getString("DATA_TYPE"), integer(result, "CHARACTER_MAXIMUM_LENGTH"),
				integer(result, "DECLARED_NUMERIC_PRECISION"), integer(result, "DECLARED_NUMERIC_SCALE"),
				integer(result, "DATETIME_PRECISION"), result.getString("INTERVAL_TYPE"),
				"YES".equals(result.getString("IS_NULLABLE")), result.getString("COLUMN_DEFAULT"),
				"YES".equals(result.getString("IS_IDENTITY")), result.getString("DTD_IDENTIFIER"));
	}

	private static @Nullable Integer integer(ResultSet result, String column) throws SQLException {
		long value = result.getLong(column);
		return (result.wasNull() || value > Integer.MAX_VALUE) ? null : (int) value;
	}

}
