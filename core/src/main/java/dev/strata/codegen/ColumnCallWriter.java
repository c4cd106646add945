package dev.strata.codegen;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.strata.migration.Blueprint;
import dev.strata.model.Column;
import dev.strata.model.ColumnType;
import dev.strata.model.DefaultValue;
import dev.strata.model.TypeKind;
import org.jspecify.annotations.Nullable;

/**
 * Writes the DSL call that defines one column: the most specific {@link Blueprint} method
 * for its type ({@code table.string("email", 320)}), then its modifiers
 * ({@code .nullable().defaultValue("x").unique()}).
 * <p>
 * A type is written with a named method only when that method builds exactly the same
 * {@link ColumnType}; any other type (an {@code interval second}, a {@code varchar}
 * without length, an enumeration of another length) is written as
 * {@code table.column("name", ColumnType...)}, which always does.
 */
final class ColumnCallWriter {

	private static final ClassName COLUMN_TYPE = ClassName.get(ColumnType.class);

	private static final ClassName TYPE_KIND = ClassName.get(TypeKind.class);

	private static final Map<TypeKind, String> METHODS = methods();

	/** The kinds that {@code unsigned()} accepts. */
	private static final Set<TypeKind> UNSIGNED_KINDS = EnumSet.of(TypeKind.TINYINT, TypeKind.SMALLINT,
			TypeKind.INTEGER, TypeKind.BIGINT, TypeKind.DECIMAL, TypeKind.REAL, TypeKind.DOUBLE);

	private ColumnCallWriter() {
	}

	/**
	 * Write the call for a column.
	 * @param table the table the column belongs to, for warnings
	 * @param column the column
	 * @param modifiers the key and constraint modifiers to add
	 * @return the call and what could not be written exactly
	 */
	static ColumnCall write(String table, Column column, ColumnModifiers modifiers) {
		List<String> warnings = new ArrayList<>();
		ColumnType type = column.type();
		TypeKind kind = type.kind();
		CodeBlock name = JavaLiterals.string(column.name());
		CodeBlock.Builder call = CodeBlock.builder();
		boolean increments = modifiers.primary() && !modifiers.change() && column.autoIncrement()
				&& (kind == TypeKind.INTEGER || kind == TypeKind.BIGINT)
				&& type.withUnsigned(false).equals(ColumnType.of(kind));
		boolean unsignedModifier = type.unsigned() && UNSIGNED_KINDS.contains(kind);
		CodeBlock typeCall = (!type.unsigned() || unsignedModifier) ? typeCall(name, type.withUnsigned(false)) : null;
		if (increments) {
			call.add("table.$L($L)", (kind == TypeKind.INTEGER) ? "increments" : "bigIncrements", name);
		}
		else if (typeCall != null) {
			call.add(typeCall);
		}
		else {
			call.add("table.column($L, $L)", name, typeExpression(type));
			unsignedModifier = false;
		}
		if (unsignedModifier) {
			call.add(".unsigned()");
		}
		if (column.autoIncrement() && !increments) {
			if (kind.isInteger()) {
				call.add(".autoIncrement()");
			}
			else {
				warnings.add("Column [" + column.name() + "] of table [" + table
						+ "] is auto-incremented, but its type [" + type
						+ "] is not an integer type and the DSL auto-increments only those: autoIncrement() is"
						+ " left out");
			}
		}
		if (column.nullable()) {
			call.add(".nullable()");
		}
		if (column.defaultValue() != null) {
			call.add(defaultValue(column.defaultValue()));
		}
		if (modifiers.primary() && !increments) {
			call.add(".primary()");
		}
		if (modifiers.unique()) {
			call.add(".unique()");
		}
		if (modifiers.index()) {
			call.add(".index()");
		}
		if (modifiers.check() != null) {
			call.add(".check($L)", JavaLiterals.string(modifiers.check()));
		}
		if (modifiers.change()) {
			call.add(".change()");
		}
		return new ColumnCall(call.build(), warnings);
	}

	/**
	 * Return the {@link Blueprint} call that builds exactly this signed type, or
	 * {@code null} if none does.
	 */
	private static @Nullable CodeBlock typeCall(CodeBlock name, ColumnType type) {
		TypeKind kind = type.kind();
		Integer length = type.length();
		Integer precision = type.precision();
		if (METHODS.containsKey(kind) && type.equals(ColumnType.of(kind))) {
			return CodeBlock.of("table.$L($L)", METHODS.get(kind), name);
		}
		return switch (kind) {
			case VARCHAR -> (length != null && type.equals(ColumnType.varchar(length)))
					? sized("string", name, length, Blueprint.DEFAULT_STRING_LENGTH) : null;
			case CHAR -> (length != null && type.equals(ColumnType.character(length)))
					? sized("character", name, length, 1) : null;
			case BINARY -> (length != null && type.equals(ColumnType.of(kind).withLength(length)))
					? CodeBlock.of("table.binary($L, $L)", name, length) : null;
			case TIME, TIME_TZ, TIMESTAMP, TIMESTAMP_TZ, INTERVAL_SECOND ->
				(precision != null && type.equals(ColumnType.of(kind).withPrecision(precision)))
						? CodeBlock.of("table.$L($L, $L)", METHODS.get(kind), name, precision) : null;
			case DECIMAL -> decimalCall(name, type);
			case ENUM -> enumerationCall(name, type);
			case CUSTOM -> (type.definition() != null && type.equals(ColumnType.custom(type.definition())))
					? CodeBlock.of("table.specificType($L, $L)", name, JavaLiterals.string(type.definition())) : null;
			default -> null;
		};
	}

	private static @Nullable CodeBlock enumerationCall(CodeBlock name, ColumnType type) {
		Integer length = type.length();
		if (length == null || !type.equals(ColumnType.enumeration(length, type.values()))) {
			return null;
		}
		return (length == Blueprint.DEFAULT_STRING_LENGTH)
				? CodeBlock.of("table.enumeration($L, $L)", name, JavaLiterals.strings(type.values()))
				: CodeBlock.of("table.enumeration($L, $L, $L)", name, length, JavaLiterals.strings(type.values()));
	}

	private static CodeBlock sized(String method, CodeBlock name, int length, int defaultLength) {
		return (length == defaultLength) ? CodeBlock.of("table.$L($L)", method, name)
				: CodeBlock.of("table.$L($L, $L)", method, name, length);
	}

	private static @Nullable CodeBlock decimalCall(CodeBlock name, ColumnType type) {
		Integer precision = type.precision();
		Integer scale = type.scale();
		boolean exact = precision != null && scale != null && precision > 0 && scale <= precision
				&& type.equals(ColumnType.decimal(precision, scale));
		return exact ? CodeBlock.of("table.decimal($L, $L, $L)", name, precision, scale) : null;
	}

	/**
	 * Return a {@link ColumnType} expression that builds exactly this type: from its
	 * factory methods where they fit, from its constructor otherwise.
	 */
	static CodeBlock typeExpression(ColumnType type) {
		TypeKind kind = type.kind();
		String definition = type.definition();
		boolean custom = kind == TypeKind.CUSTOM && definition != null && definition.equals(definition.trim())
				&& type.values().isEmpty();
		boolean enumeration = kind == TypeKind.ENUM && definition == null;
		boolean plain = kind != TypeKind.CUSTOM && kind != TypeKind.ENUM && definition == null
				&& type.values().isEmpty();
		CodeBlock.Builder expression = CodeBlock.builder();
		if (custom) {
			expression.add("$T.custom($L)", COLUMN_TYPE, JavaLiterals.string(definition));
		}
		else if (enumeration) {
			expression.add("$T.enumeration($L, $T.of($L))", COLUMN_TYPE, type.length(), List.class,
					JavaLiterals.strings(type.values()));
		}
		else if (plain) {
			expression.add("$T.of($T.$L)", COLUMN_TYPE, TYPE_KIND, kind.name());
		}
		else {
			return CodeBlock.of("new $T($T.$L, $L, $L, $L, $T.of($L), $L, $L)", COLUMN_TYPE, TYPE_KIND, kind.name(),
					type.length(), type.precision(), type.scale(), List.class, JavaLiterals.strings(type.values()),
					type.unsigned(), (definition != null) ? JavaLiterals.string(definition) : "null");
		}
		if (type.length() != null && !enumeration) {
			expression.add(".withLength($L)", type.length());
		}
		if (type.precision() != null) {
			expression.add(".withPrecision($L)", type.precision());
		}
		if (type.scale() != null) {
			expression.add(".withScale($L)", type.scale());
		}
		if (type.unsigned()) {
			expression.add(".withUnsigned(true)");
		}
		return expression.build();
	}

	private static CodeBlock defaultValue(DefaultValue value) {
		return switch (value.kind()) {
			case STRING -> CodeBlock.of(".defaultValue($L)", JavaLiterals.string(value.text()));
			case BOOLEAN -> CodeBlock.of(".defaultValue($L)", value.text());
			case NUMBER -> CodeBlock.of(".defaultValue($L)", number(value.text()));
			case EXPRESSION -> CodeBlock.of(".defaultExpression($L)", JavaLiterals.string(value.text()));
		};
	}

	/**
	 * Return the Java literal whose {@code toString()} is the given plain number: an
	 * {@code int}, a {@code long}, a {@code double} when it prints back the same, or else
	 * a {@link BigDecimal}.
	 */
	static CodeBlock number(String text) {
		if (text.matches("-?[0-9]{1,19}")) {
			try {
				return CodeBlock.of("$L", JavaLiterals.wholeNumber(Long.parseLong(text)));
			}
			catch (NumberFormatException ex) {
				// beyond long: a BigDecimal below
			}
		}
		if (text.matches("-?[0-9]+\\.[0-9]+")) {
			double value = Double.parseDouble(text);
			if (Double.isFinite(value) && new BigDecimal(Double.toString(value)).toPlainString().equals(text)) {
				return CodeBlock.of("$L", text);
			}
		}
		return CodeBlock.of("new $T($L)", BigDecimal.class, JavaLiterals.string(text));
	}

	private static Map<TypeKind, String> methods() {
		Map<TypeKind, String> methods = new EnumMap<>(TypeKind.class);
		methods.put(TypeKind.TINYINT, "tinyInteger");
		methods.put(TypeKind.SMALLINT, "smallInteger");
		methods.put(TypeKind.INTEGER, "integer");
		methods.put(TypeKind.BIGINT, "bigInteger");
		methods.put(TypeKind.REAL, "real");
		methods.put(TypeKind.DOUBLE, "doublePrecision");
		methods.put(TypeKind.BOOLEAN, "bool");
		methods.put(TypeKind.TEXT, "text");
		methods.put(TypeKind.CLOB, "clob");
		methods.put(TypeKind.DATE, "date");
		methods.put(TypeKind.TIME, "time");
		methods.put(TypeKind.TIME_TZ, "timeTz");
		methods.put(TypeKind.TIMESTAMP, "timestamp");
		methods.put(TypeKind.TIMESTAMP_TZ, "timestampTz");
		methods.put(TypeKind.INTERVAL_SECOND, "intervalSecond");
		methods.put(TypeKind.BINARY, "binary");
		methods.put(TypeKind.BLOB, "blob");
		methods.put(TypeKind.UUID, "uuid");
		methods.put(TypeKind.JSON, "json");
		return methods;
	}

	/**
	 * What to add after a column's own modifiers.
	 *
	 * @param primary {@code .primary()}, or {@code increments} where it fits
	 * @param unique {@code .unique()}
	 * @param index {@code .index()}
	 * @param check the expression of {@code .check(...)}, {@code null} for none
	 * @param change {@code .change()}: alter the column rather than add it
	 */
	record ColumnModifiers(boolean primary, boolean unique, boolean index, @Nullable String check, boolean change) {

		static ColumnModifiers none() {
			return new ColumnModifiers(false, false, false, null, false);
		}

	}

	/**
	 * A column call with what it could not express exactly.
	 *
	 * @param code the call, without the semicolon
	 * @param warnings what the author should know
	 */
	record ColumnCall(CodeBlock code, List<String> warnings) {

	}

}
