package dev.strata.entity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Splits the SQL Hibernate writes as a column's type into the type and the clauses that
 * follow it. The type is all there is unless the mapping has a
 * {@code @Column(columnDefinition)}, which Hibernate copies verbatim and which may go on
 * with a default or a nullability ({@code varchar(20) default 'x' not null}). Only those
 * two clauses are split off; any other clause (a check, a key, a generation) leaves the
 * definition whole.
 */
final class ColumnDefinitionSplitter {

	private static final List<String> CLAUSES = List.of("default", "not null", "null", "unique", "check", "constraint",
			"primary key", "references", "generated", "collate", "comment", "auto_increment", "identity");

	private ColumnDefinitionSplitter() {
	}

	/**
	 * Split a column definition.
	 * @param definition the SQL type as Hibernate writes it
	 * @return the parts, or empty when the definition has a clause that cannot be split
	 * off
	 */
	static Optional<Definition> split(String definition) {
		String text = definition.trim();
		int start = nextClause(text, 0);
		if (start < 0) {
			return Optional.of(new Definition(text, null, false));
		}
		String type = text.substring(0, start).trim();
		if (type.isEmpty()) {
			return Optional.empty();
		}
		String defaultValue = null;
		boolean notNull = false;
		int position = start;
		while (position < text.length()) {
			String rest = text.substring(position).toLowerCase(Locale.ROOT);
			if (rest.startsWith("default") && defaultValue == null) {
				int end = nextClause(text, position + "default".length());
				defaultValue = text.substring(position + "default".length(), (end < 0) ? text.length() : end).trim();
				if (defaultValue.isEmpty()) {
					return Optional.empty();
				}
				position = (end < 0) ? text.length() : end;
			}
			else if (rest.startsWith("not null")) {
				notNull = true;
				position = skipSpaces(text, position + "not null".length());
			}
			else {
				return Optional.empty();
			}
		}
		return Optional.of(new Definition(type, defaultValue, notNull));
	}

	/**
	 * Return where the next clause keyword starts at or after a position, outside quotes
	 * and parentheses, or -1.
	 */
	private static int nextClause(String text, int from) {
		int depth = 0;
		char quote = 0;
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quote != 0) {
				if (c == quote) {
					quote = 0;
				}
				continue;
			}
			if (c == '\'' || c == '"' || c == '`') {
				quote = c;
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth--;
			}
			else if (depth == 0 && (i == 0 || Character.isWhitespace(text.charAt(i - 1))) && startsClause(text, i)) {
				return i;
			}
		}
		return -1;
	}

	private static boolean startsClause(String text, int at) {
		String rest = text.substring(at).toLowerCase(Locale.ROOT);
		for (String clause : CLAUSES) {
			if (rest.startsWith(clause)
					&& (rest.length() == clause.length() || !isWordCharacter(rest.charAt(clause.length())))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isWordCharacter(char c) {
		return Character.isLetterOrDigit(c) || c == '_';
	}

	private static int skipSpaces(String text, int from) {
		int i = from;
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		return i;
	}

	/**
	 * A column definition split into parts.
	 *
	 * @param type the SQL type
	 * @param defaultValue the default expression, {@code null} for none
	 * @param notNull whether the definition says {@code not null}
	 */
	record Definition(String type, @Nullable String defaultValue, boolean notNull) {

		/**
		 * Return whether the definition held more than a type.
		 * @return whether a default or a nullability was split off
		 */
		boolean hasClauses() {
			return this.defaultValue != null || this.notNull;
		}

	}

}
