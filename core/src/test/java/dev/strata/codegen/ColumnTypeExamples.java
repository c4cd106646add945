package dev.strata.codegen;

import java.util.List;

import dev.strata.model.ColumnType;
import dev.strata.model.TypeKind;

/**
 * Every column type mapping: a type and the call that must define a column {@code c} of
 * it. Shared by the statement tests and the round-trip tests.
 */
final class ColumnTypeExamples {

	private ColumnTypeExamples() {
	}

	static List<Example> all() {
		return List.of(new Example(ColumnType.of(TypeKind.TINYINT), "table.tinyInteger(\"c\")"),
				new Example(ColumnType.of(TypeKind.SMALLINT), "table.smallInteger(\"c\")"),
				new Example(ColumnType.of(TypeKind.INTEGER), "table.integer(\"c\")"),
				new Example(ColumnType.of(TypeKind.BIGINT), "table.bigInteger(\"c\")"),
				new Example(ColumnType.of(TypeKind.INTEGER).withUnsigned(true), "table.integer(\"c\").unsigned()"),
				new Example(ColumnType.varchar(255), "table.string(\"c\")"),
				new Example(ColumnType.varchar(40), "table.string(\"c\", 40)"),
				new Example(ColumnType.of(TypeKind.VARCHAR), "table.column(\"c\", ColumnType.of(TypeKind.VARCHAR))"),
				new Example(ColumnType.varchar(10).withUnsigned(true),
						"table.column(\"c\", ColumnType.of(TypeKind.VARCHAR).withLength(10).withUnsigned(true))"),
				new Example(ColumnType.character(1), "table.character(\"c\")"),
				new Example(ColumnType.character(2), "table.character(\"c\", 2)"),
				new Example(ColumnType.of(TypeKind.CHAR), "table.column(\"c\", ColumnType.of(TypeKind.CHAR))"),
				new Example(ColumnType.of(TypeKind.TEXT), "table.text(\"c\")"),
				new Example(ColumnType.of(TypeKind.CLOB), "table.clob(\"c\")"),
				new Example(ColumnType.of(TypeKind.BLOB), "table.blob(\"c\")"),
				new Example(ColumnType.of(TypeKind.BOOLEAN), "table.bool(\"c\")"),
				new Example(ColumnType.of(TypeKind.DATE), "table.date(\"c\")"),
				new Example(ColumnType.of(TypeKind.TIME), "table.time(\"c\")"),
				new Example(ColumnType.of(TypeKind.TIME).withPrecision(3), "table.time(\"c\", 3)"),
				new Example(ColumnType.of(TypeKind.TIME_TZ), "table.timeTz(\"c\")"),
				new Example(ColumnType.of(TypeKind.TIME_TZ).withPrecision(3), "table.timeTz(\"c\", 3)"),
				new Example(ColumnType.of(TypeKind.TIMESTAMP), "table.timestamp(\"c\")"),
				new Example(ColumnType.of(TypeKind.TIMESTAMP).withPrecision(0), "table.timestamp(\"c\", 0)"),
				new Example(ColumnType.of(TypeKind.TIMESTAMP_TZ), "table.timestampTz(\"c\")"),
				new Example(ColumnType.of(TypeKind.TIMESTAMP_TZ).withPrecision(6), "table.timestampTz(\"c\", 6)"),
				new Example(ColumnType.decimal(12, 2), "table.decimal(\"c\", 12, 2)"),
				new Example(ColumnType.decimal(12, 2).withUnsigned(true), "table.decimal(\"c\", 12, 2).unsigned()"),
				new Example(ColumnType.of(TypeKind.DECIMAL), "table.column(\"c\", ColumnType.of(TypeKind.DECIMAL))"),
				new Example(ColumnType.of(TypeKind.DECIMAL).withPrecision(10),
						"table.column(\"c\", ColumnType.of(TypeKind.DECIMAL).withPrecision(10))"),
				new Example(ColumnType.of(TypeKind.DOUBLE), "table.doublePrecision(\"c\")"),
				new Example(ColumnType.of(TypeKind.REAL), "table.real(\"c\")"),
				new Example(ColumnType.of(TypeKind.REAL).withUnsigned(true), "table.real(\"c\").unsigned()"),
				new Example(ColumnType.of(TypeKind.BINARY), "table.binary(\"c\")"),
				new Example(ColumnType.of(TypeKind.BINARY).withLength(16), "table.binary(\"c\", 16)"),
				new Example(ColumnType.of(TypeKind.UUID), "table.uuid(\"c\")"),
				new Example(ColumnType.of(TypeKind.JSON), "table.json(\"c\")"),
				new Example(ColumnType.enumeration(255, List.of("ACTIVE", "BLOCKED")),
						"table.enumeration(\"c\", \"ACTIVE\", \"BLOCKED\")"),
				new Example(ColumnType.enumeration(20, List.of("A")), "table.enumeration(\"c\", 20, \"A\")"),
				new Example(ColumnType.enumeration(null, List.of("A", "B")),
						"table.column(\"c\", ColumnType.enumeration(null, List.of(\"A\", \"B\")))"),
				new Example(ColumnType.of(TypeKind.INTERVAL_SECOND).withPrecision(6), "table.intervalSecond(\"c\", 6)"),
				new Example(ColumnType.of(TypeKind.INTERVAL_SECOND), "table.intervalSecond(\"c\")"),
				new Example(ColumnType.custom("citext"), "table.specificType(\"c\", \"citext\")"),
				new Example(ColumnType.custom("bit").withLength(3),
						"table.column(\"c\", ColumnType.custom(\"bit\").withLength(3))"),
				new Example(new ColumnType(TypeKind.CUSTOM, null, null, null, List.of(), false, " citext "),
						"table.specificType(\"c\", \"citext\")"),
				new Example(new ColumnType(TypeKind.VARCHAR, 5, null, null, List.of("x"), false, "varchar(5)"),
						"table.column(\"c\", new ColumnType(TypeKind.VARCHAR, 5, null, null, List.of(\"x\"), false, \"varchar(5)\"))"));
	}

	/**
	 * A type and the call that defines a column {@code c} of it.
	 *
	 * @param type the type
	 * @param call the expected DSL call
	 */
	record Example(ColumnType type, String call) {

		@Override
		public String toString() {
			return this.type.toString();
		}

	}

}
