package dev.strata.operation;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Runs SQL as written. The replayed schema cannot see what it does, so generate and
 * validate say so wherever a migration uses it to change the schema (rather than data).
 *
 * @param sql the statement
 */
public record RawSql(String sql) implements SchemaOperation {

	private static final Set<String> DATA_STATEMENTS = Set.of("insert", "update", "delete", "merge");

	public RawSql {
		Objects.requireNonNull(sql, "'sql' must not be null");
		if (sql.isBlank()) {
			throw new IllegalArgumentException("Raw SQL must not be blank");
		}
	}

	/**
	 * Return whether the statement only reads or changes data, so it cannot change the
	 * schema: one statement (no {@code ;} but a final one) that starts, after comments,
	 * with {@code insert}, {@code update}, {@code delete} or {@code merge}, or with
	 * {@code select} and has no {@code into}. Anything else counts as a possible schema
	 * change.
	 * @return whether it is a data statement
	 */
	public boolean isDataStatement() {
		String statement = withoutLeadingComments(this.sql).strip();
		if (statement.endsWith(";")) {
			statement = statement.substring(0, statement.length() - 1);
		}
		if (statement.indexOf(';') >= 0) {
			return false;
		}
		String lower = statement.toLowerCase(Locale.ROOT);
		int end = 0;
		while (end < lower.length() && Character.isLetter(lower.charAt(end))) {
			end++;
		}
		String keyword = lower.substring(0, end);
		if ("select".equals(keyword)) {
			return !lower.matches("(?s).*\\binto\\b.*");
		}
		return DATA_STATEMENTS.contains(keyword);
	}

	private static String withoutLeadingComments(String sql) {
		String rest = sql.stripLeading();
		while (rest.startsWith("--") || rest.startsWith("/*")) {
			int end = rest.startsWith("--") ? rest.indexOf('\n') : rest.indexOf("*/");
			if (end < 0) {
				return "";
			}
			rest = rest.substring(end + (rest.startsWith("--") ? 1 : 2)).stripLeading();
		}
		return rest;
	}

	@Override
	public <R> R accept(SchemaOperationVisitor<R> visitor) {
		return visitor.visitRawSql(this);
	}

}
