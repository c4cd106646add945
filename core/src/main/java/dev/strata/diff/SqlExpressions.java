package dev.strata.diff;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.strata.model.DefaultValue;

/**
 * Brings SQL expressions into one comparable form, so that a check constraint or default
 * written by a person or Hibernate equals the form a database reports back: PostgreSQL
 * adds casts and parentheses and turns {@code in (...)} into {@code = any (array[...])}
 * and {@code between} into two comparisons. The form is for comparison only.
 */
final class SqlExpressions {

	private static final Pattern LITERAL = Pattern.compile("'(?:[^']|'')*'");

	private static final Pattern CAST = Pattern.compile("::\\s*(?:\"[^\"]+\"|(?:character varying|double precision|"
			+ "timestamp with(?:out)? time zone|time with(?:out)? time zone|bit varying|[a-z_][a-z0-9_]*)"
			+ "(?:\\s*\\(\\s*\\d+\\s*(?:,\\s*\\d+\\s*)?\\))?(?:\\[\\])*)");

	private static final Pattern ANY_ARRAY = Pattern.compile("=\\s*any\\s*\\(*\\s*array\\s*\\[([^\\]]*)\\]");

	private static final Pattern BETWEEN = Pattern
		.compile("([a-z_][a-z0-9_.\"]*)\\s+between\\s+([^\\s()]+)\\s+and\\s+([^\\s()]+)");

	private static final Pattern LITERAL_CAST = Pattern.compile(
			"cast\\s*\\(\\s*('(?:[^']|'')*'|[-+]?\\d+(?:\\.\\d+)?)\\s+as\\s+[a-z][a-z0-9_ ]*(?:\\(\\s*\\d+\\s*(?:,\\s*\\d+\\s*)?\\))?\\s*\\)");

	private static final Pattern LENGTH_FUNCTION = Pattern.compile("\\b(?:length|character_length)\\s*\\(");

	private SqlExpressions() {
	}

	/**
	 * Return the comparable form of a condition.
	 * @param expression the condition, as written or as reported
	 * @return the comparable form
	 */
	static String normalizeCondition(String expression) {
		String text = lowerOutsideLiterals(expression);
		text = CAST.matcher(text).replaceAll("");
		text = LITERAL_CAST.matcher(text).replaceAll("$1");
		text = ANY_ARRAY.matcher(text).replaceAll(" in ($1)");
		text = BETWEEN.matcher(text).replaceAll("$1 >= $2 and $1 <= $3");
		text = LENGTH_FUNCTION.matcher(text).replaceAll("char_length(");
		text = text.replace("\"", "").replace("!=", "<>");
		return removeOutsideLiterals(text, "[\\s()]");
	}

	/**
	 * Return the comparable form of a default.
	 * @param value the default
	 * @return the comparable form
	 */
	static String normalizeDefault(DefaultValue value) {
		return switch (value.kind()) {
			case STRING -> "'" + value.text().replace("'", "''") + "'";
			case NUMBER -> number(value.text());
			case BOOLEAN -> value.text();
			case EXPRESSION -> normalizeDefaultExpression(value.text());
		};
	}

	private static String normalizeDefaultExpression(String expression) {
		String text = CAST.matcher(lowerOutsideLiterals(expression.trim())).replaceAll("").trim();
		while (text.startsWith("(") && text.endsWith(")")) {
			text = text.substring(1, text.length() - 1).trim();
		}
		if (LITERAL.matcher(text).matches()) {
			return text;
		}
		if (text.matches("[-+]?\\d+(\\.\\d+)?")) {
			return number(text);
		}
		return switch (text) {
			case "now()", "current_timestamp", "localtimestamp", "current_timestamp()" -> "current_timestamp";
			default -> text.replaceAll("\\s+", " ");
		};
	}

	private static String number(String text) {
		BigDecimal number = new BigDecimal(text);
		return (number.signum() == 0) ? "0" : number.stripTrailingZeros().toPlainString();
	}

	private static String lowerOutsideLiterals(String text) {
		StringBuilder result = new StringBuilder();
		Matcher matcher = LITERAL.matcher(text);
		int last = 0;
		while (matcher.find()) {
			result.append(text.substring(last, matcher.start()).toLowerCase(Locale.ROOT)).append(matcher.group());
			last = matcher.end();
		}
		return result.append(text.substring(last).toLowerCase(Locale.ROOT)).toString();
	}

	private static String removeOutsideLiterals(String text, String regex) {
		StringBuilder result = new StringBuilder();
		Matcher matcher = LITERAL.matcher(text);
		int last = 0;
		while (matcher.find()) {
			result.append(text.substring(last, matcher.start()).replaceAll(regex, "")).append(matcher.group());
			last = matcher.end();
		}
		return result.append(text.substring(last).replaceAll(regex, "")).toString();
	}

}
