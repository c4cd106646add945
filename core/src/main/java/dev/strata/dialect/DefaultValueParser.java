package dev.strata.dialect;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.strata.model.DefaultValue;
import org.jspecify.annotations.Nullable;

/**
 * Turns a column default as a catalog reports it into a {@link DefaultValue}: a quoted
 * string (PostgreSQL adds a cast: {@code 'abc'::character varying}) becomes a string
 * literal, a number (also {@code (-1)} or PostgreSQL's {@code '-1'::integer}) a numeric
 * literal, {@code true}/{@code false} in any case a boolean literal, {@code NULL} no
 * default at all, and anything else an expression exactly as reported.
 */
public final class DefaultValueParser {

	private static final Pattern TRAILING_CASTS = Pattern
		.compile("(?s)(.*?)((?:::\\s*[A-Za-z_][\\w ]*?(?:\\(\\d+(?:\\s*,\\s*\\d+)?\\))?(?:\\[\\])?\\s*)+)");

	private static final Pattern LAST_CAST = Pattern.compile("::\\s*([A-Za-z_][\\w ]*?)\\s*(?:\\(|\\[|$)");

	private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

	private static final Set<String> NUMERIC_TYPES = Set.of("smallint", "integer", "int", "bigint", "int2", "int4",
			"int8", "numeric", "decimal", "real", "double precision", "float4", "float8");

	private DefaultValueParser() {
	}

	/**
	 * Parse a default as reported by a catalog.
	 * @param reported the text, {@code null} when the column has no default
	 * @return the default, {@code null} for none (also for an explicit {@code NULL})
	 */
	public static @Nullable DefaultValue parse(@Nullable String reported) {
		if (reported == null || reported.isBlank()) {
			return null;
		}
		String text = reported.strip();
		String castType = null;
		String bare = text;
		while (true) {
			Matcher casts = TRAILING_CASTS.matcher(bare);
			if (casts.matches() && !casts.group(1).isBlank()) {
				castType = lastCastType(casts.group(2));
				bare = casts.group(1).strip();
			}
			else if (enclosedInParentheses(bare)) {
				bare = bare.substring(1, bare.length() - 1).strip();
			}
			else {
				break;
			}
		}
		String literal = stringLiteral(bare);
		if (literal != null) {
			boolean numericCast = castType != null && NUMERIC_TYPES.contains(castType);
			return (numericCast && NUMBER.matcher(literal.strip()).matches())
					? new DefaultValue(DefaultValue.Kind.NUMBER, literal.strip()) : DefaultValue.literal(literal);
		}
		if (NUMBER.matcher(bare).matches()) {
			return new DefaultValue(DefaultValue.Kind.NUMBER, bare);
		}
		String lower = bare.toLowerCase(Locale.ROOT);
		if (lower.equals("true") || lower.equals("false")) {
			return new DefaultValue(DefaultValue.Kind.BOOLEAN, lower);
		}
		if (lower.equals("null")) {
			return null;
		}
		return DefaultValue.expression(text);
	}

	private static @Nullable String lastCastType(String casts) {
		Matcher matcher = LAST_CAST.matcher(casts);
		String type = null;
		while (matcher.find()) {
			type = matcher.group(1).strip().toLowerCase(Locale.ROOT);
		}
		return type;
	}

	/**
	 * Return the value of a text that is exactly one SQL string literal.
	 * @param text the text
	 * @return the unescaped value, or {@code null} if the text is something else
	 */
	private static @Nullable String stringLiteral(String text) {
		if (text.length() < 2 || text.charAt(0) != '\'') {
			return null;
		}
		StringBuilder value = new StringBuilder();
		int i = 1;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '\'') {
				if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
					value.append('\'');
					i += 2;
					continue;
				}
				return (i == text.length() - 1) ? value.toString() : null;
			}
			value.append(c);
			i++;
		}
		return null;
	}

	/**
	 * Return whether the first character is an opening parenthesis that the last
	 * character closes, so that both can be removed.
	 * @param text the text
	 * @return whether the whole text is in one pair of parentheses
	 */
	private static boolean enclosedInParentheses(String text) {
		if (text.length() < 2 || text.charAt(0) != '(' || text.charAt(text.length() - 1) != ')') {
			return false;
		}
		int depth = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\'') {
				quoted = !quoted;
			}
			else if (!quoted && c == '(') {
				depth++;
			}
			else if (!quoted && c == ')') {
				depth--;
				if (depth == 0 && i < text.length() - 1) {
					return false;
				}
			}
		}
		return depth == 0;
	}

}
