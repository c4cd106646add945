package dev.strata.model;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The type of a column: a logical {@link TypeKind} with its parameters.
 *
 * @param kind the logical kind
 * @param length the length of a character or binary type, {@code null} for the default
 * @param precision the precision of a decimal, or the fractional seconds of a temporal
 * type, {@code null} for the default
 * @param scale the scale of a decimal, {@code null} for the default
 * @param values the values of an {@link TypeKind#ENUM}, empty otherwise
 * @param unsigned whether the type was declared unsigned
 * @param definition the SQL text of a {@link TypeKind#CUSTOM} type, {@code null}
 * otherwise
 */
public record ColumnType(TypeKind kind, @Nullable Integer length, @Nullable Integer precision, @Nullable Integer scale,
		List<String> values, boolean unsigned, @Nullable String definition) {

	public ColumnType {
		Objects.requireNonNull(kind, "'kind' must not be null");
		values = List.copyOf(values);
		definition = (definition != null) ? definition.trim() : null;
		if (kind == TypeKind.CUSTOM && (definition == null || definition.isBlank())) {
			throw new IllegalArgumentException("A custom type needs its SQL definition");
		}
		if (kind == TypeKind.ENUM && values.isEmpty()) {
			throw new IllegalArgumentException("An enumeration needs at least one value");
		}
		if (length != null && length <= 0) {
			throw new IllegalArgumentException("Length must be positive, was " + length);
		}
		if (precision != null && precision < 0) {
			throw new IllegalArgumentException("Precision must not be negative, was " + precision);
		}
		if (scale != null && scale < 0) {
			throw new IllegalArgumentException("Scale must not be negative, was " + scale);
		}
	}

	/**
	 * Return a type of the given kind with default parameters.
	 * @param kind the kind
	 * @return the type
	 */
	public static ColumnType of(TypeKind kind) {
		return new ColumnType(kind, null, null, null, List.of(), false, null);
	}

	/**
	 * Return a variable-length character type.
	 * @param length the maximum length
	 * @return the type
	 */
	public static ColumnType varchar(int length) {
		return of(TypeKind.VARCHAR).withLength(length);
	}

	/**
	 * Return a fixed-length character type.
	 * @param length the length
	 * @return the type
	 */
	public static ColumnType character(int length) {
		return of(TypeKind.CHAR).withLength(length);
	}

	/**
	 * Return an exact numeric type.
	 * @param precision the total number of digits
	 * @param scale the number of digits after the decimal point
	 * @return the type
	 */
	public static ColumnType decimal(int precision, int scale) {
		return new ColumnType(TypeKind.DECIMAL, null, precision, scale, List.of(), false, null);
	}

	/**
	 * Return an enumeration of string values stored in a column of the given length.
	 * @param length the storage length, {@code null} for the default
	 * @param values the allowed values
	 * @return the type
	 */
	public static ColumnType enumeration(@Nullable Integer length, List<String> values) {
		return new ColumnType(TypeKind.ENUM, length, null, null, values, false, null);
	}

	/**
	 * Return a database-specific type that Strata passes through as written.
	 * @param definition the SQL type
	 * @return the type
	 */
	public static ColumnType custom(String definition) {
		return new ColumnType(TypeKind.CUSTOM, null, null, null, List.of(), false, definition);
	}

	/**
	 * Return this type with another length.
	 * @param length the length, {@code null} for the default
	 * @return the new type
	 */
	public ColumnType withLength(@Nullable Integer length) {
		return new ColumnType(this.kind, length, this.precision, this.scale, this.values, this.unsigned,
				this.definition);
	}

	/**
	 * Return this type with another precision.
	 * @param precision the precision, {@code null} for the default
	 * @return the new type
	 */
	public ColumnType withPrecision(@Nullable Integer precision) {
		return new ColumnType(this.kind, this.length, precision, this.scale, this.values, this.unsigned,
				this.definition);
	}

	/**
	 * Return this type with another scale.
	 * @param scale the scale, {@code null} for the default
	 * @return the new type
	 */
	public ColumnType withScale(@Nullable Integer scale) {
		return new ColumnType(this.kind, this.length, this.precision, scale, this.values, this.unsigned,
				this.definition);
	}

	/**
	 * Return this type, declared unsigned or not.
	 * @param unsigned whether the type is unsigned
	 * @return the new type
	 */
	public ColumnType withUnsigned(boolean unsigned) {
		return new ColumnType(this.kind, this.length, this.precision, this.scale, this.values, unsigned,
				this.definition);
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder((this.kind == TypeKind.CUSTOM) ? String.valueOf(this.definition)
				: this.kind.name().toLowerCase(java.util.Locale.ROOT));
		if (this.kind == TypeKind.ENUM) {
			text.append(this.values);
		}
		if (this.length != null) {
			text.append('(').append(this.length).append(')');
		}
		if (this.precision != null) {
			text.append('(').append(this.precision);
			if (this.scale != null) {
				text.append(',').append(this.scale);
			}
			text.append(')');
		}
		if (this.unsigned) {
			text.append(" unsigned");
		}
		return text.toString();
	}

}
