package dev.strata.codegen;

import dev.strata.operation.PlannedOperation;
import java.util.List;
import java.util.stream.Stream;

import dev.strata.codegen.ColumnTypeExamples.Example;
import dev.strata.model.Column;
import dev.strata.model.ColumnType;
import dev.strata.model.DefaultValue;
import dev.strata.model.TypeKind;
import dev.strata.operation.AddColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact call written for each column type and modifier.
 */
class ColumnStatementTests {

	static Stream<Example> columnTypes() {
		return ColumnTypeExamples.all().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("columnTypes")
	void columnTypeIsWrittenWithTheMostSpecificCallThatBuildsItExactly(Example example) {
		assertThat(GeneratedBodies.up(new AddColumn("t", Column.of("c", example.type()))))
			.isEqualTo("schema.table(\"t\", (table) -> {\n    " + example.call() + ";\n});");
	}

	@Test
	void nullableColumn() {
		assertThat(column(Column.of("nickname", ColumnType.varchar(40)).withNullable(true)))
			.isEqualTo("table.string(\"nickname\", 40).nullable()");
	}

	@Test
	void stringDefaultIsAnEscapedJavaString() {
		assertThat(column(withDefault(ColumnType.varchar(20), DefaultValue.literal("it's \"new\" \\ café"))))
			.isEqualTo("table.string(\"c\", 20).defaultValue(\"it's \\\"new\\\" \\\\ café\")");
	}

	@Test
	void integerDefaultIsAnIntLiteral() {
		assertThat(column(withDefault(ColumnType.of(TypeKind.INTEGER), DefaultValue.literal(-42))))
			.isEqualTo("table.integer(\"c\").defaultValue(-42)");
	}

	@Test
	void defaultBeyondIntIsALongLiteral() {
		assertThat(column(withDefault(ColumnType.of(TypeKind.BIGINT), DefaultValue.literal(3_000_000_000L))))
			.isEqualTo("table.bigInteger(\"c\").defaultValue(3000000000L)");
	}

	@Test
	void defaultBeyondLongIsABigDecimal() {
		assertThat(column(withDefault(ColumnType.decimal(30, 0),
				new DefaultValue(DefaultValue.Kind.NUMBER, "123456789012345678901234567890"))))
			.isEqualTo("table.decimal(\"c\", 30, 0).defaultValue(new BigDecimal(\"123456789012345678901234567890\"))");
	}

	@Test
	void decimalDefaultThatADoublePrintsBackIsADoubleLiteral() {
		assertThat(column(withDefault(ColumnType.of(TypeKind.DOUBLE), DefaultValue.literal(0.25))))
			.isEqualTo("table.doublePrecision(\"c\").defaultValue(0.25)");
	}

	@Test
	void decimalDefaultWithTrailingZerosIsABigDecimal() {
		assertThat(column(withDefault(ColumnType.decimal(5, 2), new DefaultValue(DefaultValue.Kind.NUMBER, "1.50"))))
			.isEqualTo("table.decimal(\"c\", 5, 2).defaultValue(new BigDecimal(\"1.50\"))");
	}

	@Test
	void booleanDefault() {
		assertThat(column(withDefault(ColumnType.of(TypeKind.BOOLEAN), DefaultValue.literal(true))))
			.isEqualTo("table.bool(\"c\").defaultValue(true)");
	}

	@Test
	void expressionDefault() {
		assertThat(column(withDefault(ColumnType.of(TypeKind.TIMESTAMP), DefaultValue.expression("current_timestamp"))))
			.isEqualTo("table.timestamp(\"c\").defaultExpression(\"current_timestamp\")");
	}

	@Test
	void autoIncrementedColumnThatIsNotTheKey() {
		assertThat(column(new Column("c", ColumnType.of(TypeKind.BIGINT), false, null, true)))
			.isEqualTo("table.bigInteger(\"c\").autoIncrement()");
	}

	@Test
	void modifiersComeInTheOrderAPersonWritesThem() {
		Column column = new Column("c", ColumnType.of(TypeKind.SMALLINT).withUnsigned(true), true,
				DefaultValue.literal(1), true);
		assertThat(column(column))
			.isEqualTo("table.smallInteger(\"c\").unsigned().autoIncrement().nullable().defaultValue(1)");
	}

	@Test
	void autoIncrementOnANonIntegerTypeIsLeftOutWithAWarning() {
		String body = GeneratedBodies
			.up(new AddColumn("t", new Column("c", ColumnType.decimal(10, 0), false, null, true)));
		assertThat(body).isEqualTo(
				"""
						schema.table("t", (table) -> {
						    // WARNING: Column [c] of table [t] is auto-incremented, but its type [decimal(10,0)] is not an integer type and the DSL auto-increments only those: autoIncrement() is left out
						    table.decimal("c", 10, 0);
						});""");
	}

	@Test
	void columnAndTableNamesAreEscaped() {
		assertThat(GeneratedBodies.up(new AddColumn("we\"ird", Column.of("naïve\\col", ColumnType.of(TypeKind.TEXT)))))
			.isEqualTo("schema.table(\"we\\\"ird\", (table) -> {\n    table.text(\"naïve\\\\col\");\n});");
	}

	private static Column withDefault(ColumnType type, DefaultValue value) {
		return Column.of("c", type).withDefaultValue(value);
	}

	private static String column(Column column) {
		String body = GeneratedBodies.up(List.of(PlannedOperation.of(new AddColumn("t", column))));
		String prefix = "schema.table(\"t\", (table) -> {\n    ";
		String suffix = ";\n});";
		assertThat(body).startsWith(prefix).endsWith(suffix);
		return body.substring(prefix.length(), body.length() - suffix.length());
	}

}
