package dev.strata.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The default of a column: either a literal value, which dialects render as a properly
 * escaped SQL literal, or an SQL expression, which is passed through as written.
 *
 * @param kind what the text is
 * @param text the literal value as text, or the SQL expression
 */
public record DefaultValue(Kind kind, String text) {

	public DefaultValue {
		Objects.requireNonNull(kind, "'kind' must not be null");
		Objects.requireNonNull(text, "'text' must not be null");
		if (kind == Kind.NUMBER) {
			text = new BigDecimal(text).toPlainString();
		}
		if (kind == Kind.BOOLEAN && !text.equals("true") && !text.equals("false")) {
			throw new IllegalArgumentException("A boolean default must be true or false, was " + text);
		}
		if (kind == Kind.EXPRESSION) {
			text = text.trim();
		}
		if (kind == Kind.EXPRESSION && text.isEmpty()) {
			throw new IllegalArgumentException("A default expression must not be blank");
		}
	}

	/**
	 * Return the default for a Java value: a {@link String}, a {@link Number} or a
	 * {@link Boolean}.
	 * @param value the value
	 * @return the default
	 * @throws IllegalArgumentException if the value is of another type
	 */
	public static DefaultValue literal(Object value) {
		Objects.requireNonNull(value, "'value' must not be null");
		if (value instanceof Boolean bool) {
			return new DefaultValue(Kind.BOOLEAN, bool.toString());
		}
		if (value instanceof Number number) {
			return new DefaultValue(Kind.NUMBER, number.toString());
		}
		if (value instanceof CharSequence || value instanceof Character || value instanceof Enum<?>) {
			return new DefaultValue(Kind.STRING, value.toString());
		}
		throw new IllegalArgumentException("A default value must be a String, a Number or a Boolean, was "
				+ value.getClass().getName() + " (use defaultExpression for SQL)");
	}

	/**
	 * Return a default given as an SQL expression.
	 * @param sql the expression
	 * @return the default
	 */
	public static DefaultValue expression(String sql) {
		return new DefaultValue(Kind.EXPRESSION, sql);
	}

	@Override
	public String toString() {
		return switch (this.kind) {
			case STRING -> "'" + this.text.replace("'", "''") + "'";
			case NUMBER, BOOLEAN, EXPRESSION -> this.text;
		};
	}

	/**
	 * What a default's text is.
	 */
	public enum Kind {

		/** A character string literal. */
		STRING,

		/** A numeric literal. */
		NUMBER,

		/** A boolean literal. */
		BOOLEAN,

		/** An SQL expression. */
		EXPRESSION

	}

}
