package dev.strata.operation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.strata.model.Identifiers;
import org.jspecify.annotations.Nullable;

/**
 * Finds the columns a check condition mentions, as PostgreSQL does to name the
 * constraint: words that are columns, not keywords, functions or types.
 */
final class CheckColumns {

	private static final Pattern TOKEN = Pattern
		.compile("'(?:[^']|'')*'|\"((?:[^\"]|\"\")*)\"|(::\\s*)?([A-Za-z_][A-Za-z0-9_$]*)");

	private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "in", "is", "null", "like", "ilike",
			"between", "true", "false", "case", "when", "then", "else", "end", "cast", "as", "any", "all", "some",
			"array", "exists", "similar", "to", "escape", "collate", "interval", "date", "time", "timestamp", "with",
			"without", "zone", "current_date", "current_time", "current_timestamp", "localtime", "localtimestamp",
			"distinct", "from", "unknown", "varying", "character", "precision", "double");

	private CheckColumns() {
	}

	static List<String> referenced(String expression, @Nullable Collection<String> columns) {
		List<String> referenced = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(expression);
		while (matcher.find()) {
			String word = (matcher.group(1) != null) ? matcher.group(1).replace("\"\"", "\"") : matcher.group(3);
			if (word == null || matcher.group(2) != null || isCall(expression, matcher.end())) {
				continue;
			}
			String column = column(word, matcher.group(1) != null, columns);
			if (column != null && referenced.stream().noneMatch((known) -> Identifiers.same(known, column))) {
				referenced.add(column);
			}
		}
		return referenced;
	}

	private static @Nullable String column(String word, boolean quoted, @Nullable Collection<String> columns) {
		if (columns != null) {
			return columns.stream().filter((column) -> Identifiers.same(column, word)).findFirst().orElse(null);
		}
		return (quoted || !KEYWORDS.contains(word.toLowerCase(Locale.ROOT))) ? word : null;
	}

	private static boolean isCall(String expression, int end) {
		int next = end;
		while (next < expression.length() && Character.isWhitespace(expression.charAt(next))) {
			next++;
		}
		return next < expression.length() && expression.charAt(next) == '(';
	}

}
