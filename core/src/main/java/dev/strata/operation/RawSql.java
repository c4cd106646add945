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

	private static final Set<String> DATA_STATEMENTS = Set.of("insert", "update", "delete", "merge", "select");

	public RawSql {
		Objects.requireNonNull(sql, "'sql' must not be null");
		if (sql.isBlank()) {
			throw new IllegalArgumentException("Raw SQL must not be blank");
		}
	}

	/**
	 * Return whether the statement only reads or changes data (it starts with
	 * {@code insert}, {@code update}, {@code delete}, {@code merge} or {@code select}),
	 * so it cannot change the schema.
	 * @return whether it is a data statement
	 */
	public boolean isDataStatement() {
		String stripped = this.sql.stripLeading();
		int end = 0;
		while (end < stripped.length() && Character.isLetter(stripped.charAt(end))) {
			end++;
		}
		return DATA_STATEMENTS.contains(stripped.substring(0, end).toLowerCase(Locale.ROOT));
	}

	@Override
	public <R> R accept(SchemaOperationVisitor<R> visitor) {
		return visitor.visitRawSql(this);
	}

}
