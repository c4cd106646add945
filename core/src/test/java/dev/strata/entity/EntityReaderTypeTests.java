package dev.strata.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.strata.entity.types.WideTypes;
import dev.strata.model.ColumnType;
import dev.strata.model.Table;
import dev.strata.model.TypeKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The column type of every basic Java type, as Hibernate writes it for PostgreSQL 15 and
 * H2 2.4 and the dialect parses it.
 */
class EntityReaderTypeTests {

	@Test
	void readsEveryBasicTypeOnPostgresql() {
		Map<String, ColumnType> expected = commonTypes();
		expected.put("huge", of(TypeKind.TEXT));
		expected.put("text_defined", of(TypeKind.TEXT));
		expected.put("long_text", of(TypeKind.TEXT));
		expected.put("lob_text", ColumnType.custom("oid"));
		expected.put("lob_chars", ColumnType.custom("oid"));
		expected.put("lob_bytes", ColumnType.custom("oid"));
		expected.put("bytes", of(TypeKind.BINARY));
		expected.put("bytes100", of(TypeKind.BINARY));
		expected.put("byte_value", of(TypeKind.SMALLINT));
		expected.put("level_ordinal", of(TypeKind.SMALLINT));
		expected.put("offset_time", of(TypeKind.TIME).withPrecision(0));
		expected.put("interval_seconds", of(TypeKind.INTERVAL_SECOND).withPrecision(6));
		expected.put("json", of(TypeKind.JSON));
		expected.put("json_defined", ColumnType.custom("json"));
		expected.put("inet", ColumnType.custom("inet"));
		expected.put("level", ColumnType.enumeration(255, List.of("LOW", "MEDIUM", "HIGH")));
		expected.put("level_short", ColumnType.enumeration(20, List.of("LOW", "MEDIUM", "HIGH")));
		assertThat(columnTypes(TestDatabase.POSTGRESQL)).containsExactlyInAnyOrderEntriesOf(expected);
	}

	@Test
	void readsEveryBasicTypeOnH2() {
		Map<String, ColumnType> expected = commonTypes();
		expected.put("huge", of(TypeKind.CLOB));
		expected.put("text_defined", of(TypeKind.TEXT));
		expected.put("long_text", of(TypeKind.CLOB));
		expected.put("lob_text", of(TypeKind.CLOB));
		expected.put("lob_chars", of(TypeKind.CLOB));
		expected.put("lob_bytes", of(TypeKind.BLOB));
		expected.put("bytes", of(TypeKind.BINARY).withLength(255));
		expected.put("bytes100", of(TypeKind.BINARY).withLength(100));
		expected.put("byte_value", of(TypeKind.TINYINT));
		expected.put("level_ordinal", of(TypeKind.TINYINT));
		expected.put("offset_time", of(TypeKind.TIME_TZ).withPrecision(0));
		expected.put("interval_seconds", of(TypeKind.INTERVAL_SECOND).withPrecision(9));
		expected.put("json", of(TypeKind.JSON));
		expected.put("json_defined", of(TypeKind.JSON));
		expected.put("inet", of(TypeKind.BINARY).withLength(19));
		expected.put("level", ColumnType.enumeration(null, List.of("HIGH", "LOW", "MEDIUM")));
		// H2's enum type has no length; the mapping's is kept for other databases
		expected.put("level_short", ColumnType.enumeration(20, List.of("HIGH", "LOW", "MEDIUM")));
		assertThat(columnTypes(TestDatabase.H2)).containsExactlyInAnyOrderEntriesOf(expected);
	}

	private static Map<String, ColumnType> commonTypes() {
		Map<String, ColumnType> types = new LinkedHashMap<>();
		types.put("id", of(TypeKind.BIGINT));
		types.put("plain", ColumnType.varchar(255));
		types.put("short50", ColumnType.varchar(50));
		types.put("long20000", ColumnType.varchar(20000));
		types.put("nationalized", ColumnType.varchar(255));
		types.put("locale", ColumnType.varchar(255));
		types.put("currency", ColumnType.varchar(3));
		types.put("decimal", ColumnType.decimal(38, 2));
		types.put("decimal102", ColumnType.decimal(10, 2));
		types.put("decimal12", ColumnType.decimal(12, 0));
		types.put("big_integer", ColumnType.decimal(38, 0));
		types.put("duration", ColumnType.decimal(21, 0));
		types.put("double_value", of(TypeKind.DOUBLE));
		types.put("float_value", of(TypeKind.REAL));
		types.put("short_value", of(TypeKind.SMALLINT));
		types.put("int_value", of(TypeKind.INTEGER));
		types.put("year_value", of(TypeKind.INTEGER));
		types.put("long_value", of(TypeKind.BIGINT));
		types.put("char_value", ColumnType.character(1));
		types.put("bool_value", of(TypeKind.BOOLEAN));
		types.put("local_date", of(TypeKind.DATE));
		types.put("local_time", of(TypeKind.TIME).withPrecision(0));
		types.put("local_date_time", of(TypeKind.TIMESTAMP).withPrecision(6));
		types.put("local_date_time3", of(TypeKind.TIMESTAMP).withPrecision(3));
		types.put("instant", of(TypeKind.TIMESTAMP_TZ).withPrecision(6));
		types.put("offset_date_time", of(TypeKind.TIMESTAMP_TZ).withPrecision(6));
		types.put("zoned_date_time", of(TypeKind.TIMESTAMP_TZ).withPrecision(6));
		types.put("uuid", of(TypeKind.UUID));
		types.put("string_array", ColumnType.custom("varchar(255) array"));
		types.put("int_array", ColumnType.custom("integer array"));
		return types;
	}

	private static Map<String, ColumnType> columnTypes(TestDatabase database) {
		Table table = database.read(List.of(WideTypes.class)).snapshot().table("wide_types").orElseThrow();
		Map<String, ColumnType> types = new LinkedHashMap<>();
		table.columns().forEach((column) -> types.put(column.name(), column.type()));
		return types;
	}

	private static ColumnType of(TypeKind kind) {
		return ColumnType.of(kind);
	}

}
