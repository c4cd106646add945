package dev.strata.dialect.postgresql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Recognizes the check constraint that stands for an enumeration on PostgreSQL: Hibernate
 * maps {@code @Enumerated(STRING)} to {@code varchar(255)} plus
 * {@code check (status in ('DRAFT','PUBLISHED'))}, which PostgreSQL reports as
 * {@code ((status)::text = ANY ((ARRAY['DRAFT'::character varying, 'PUBLISHED'::character varying])::text[]))},
 * or as {@code ((status)::text = 'DRAFT'::text)} for a single value. The
 * {@code status in ('A', 'B')} form is accepted too.
 */
final class EnumCheckParser {

	private static final Pattern CASTS = Pattern
		.compile("::\\s*(?:text|character varying|varchar|bpchar|character)(?:\\(\\d+\\))?(?:\\[\\])?");

	private static final Pattern ANY_FORM = Pattern.compile("=any array\\[\\?(?:,\\?)*\\]");

	private static final Pattern IN_FORM = Pattern.compile(" in \\?(?:,\\?)*");

	private static final Pattern SINGLE_FORM = Pattern.compile("=\\?");

	private EnumCheckParser() {
	}

	/**
	 * Return the values of an enumeration check on the given column.
	 * @param expression the check's condition as {@code pg_get_expr} reports it
	 * @param column the column the check is on
	 * @return the values in order, or empty if the check is anything else
	 */
	static Optional<List<String>> values(String expression, String column) {
		List<String> values = new ArrayList<>();
		StringBuilder shape = new StringBuilder();
		int i = 0;
		while (i < expression.length()) {
			char c = expression.charAt(i);
			if (c != '\'') {
				shape.append(c);
				i++;
				continue;
			}
			StringBuilder value = new StringBuilder();
			i++;
			while (true) {
				if (i >= expression.length()) {
					return Optional.empty();
				}
				if (expression.charAt(i) == '\'') {
					if (i + 1 < expression.length() && expression.charAt(i + 1) == '\'') {
						value.append('\'');
						i += 2;
						continue;
					}
					i++;
					break;
				}
				value.append(expression.charAt(i++));
			}
			values.add(value.toString());
			shape.append('?');
		}
		String normalized = CASTS.matcher(shape.toString().toLowerCase(Locale.ROOT))
			.replaceAll("")
			.replace('(', ' ')
			.replace(')', ' ')
			.replaceAll("\\s*([,=\\[\\]])\\s*", "$1")
			.replaceAll("\\s+", " ")
			.strip();
		String rest = withoutColumn(normalized, column);
		if (values.isEmpty() || rest == null) {
			return Optional.empty();
		}
		boolean matches = ANY_FORM.matcher(rest).matches() || IN_FORM.matcher(rest).matches()
				|| (values.size() == 1 && SINGLE_FORM.matcher(rest).matches());
		return matches ? Optional.of(List.copyOf(values)) : Optional.empty();
	}

	private static @Nullable String withoutColumn(String normalized, String column) {
		String plain = column.toLowerCase(Locale.ROOT);
		String quoted = "\"" + plain.replace("\"", "\"\"") + "\"";
		for (String form : List.of(quoted, plain)) {
			if (normalized.startsWith(form)) {
				return normalized.substring(form.length());
			}
		}
		return null;
	}

}
