package dev.strata.operation;

import java.util.Objects;

/**
 * Runs SQL as written. The replayed schema cannot see what it does, so generate and
 * validate say so wherever a migration uses it.
 *
 * @param sql the statement
 */
public record RawSql(String sql) implements SchemaOperation {

	public RawSql {
		Objects.requireNonNull(sql, "'sql' must not be null");
		if (sql.isBlank()) {
			throw new IllegalArgumentException("Raw SQL must not be blank");
		}
	}

	@Override
	public <R> R accept(SchemaOperationVisitor<R> visitor) {
		return visitor.visitRawSql(this);
	}

}
