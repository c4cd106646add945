package dev.strata.runner;

import javax.sql.DataSource;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.postgresql.PostgresDialect;
import dev.strata.testing.TestPostgres;

/**
 * {@link AbstractUpToDateHistoryTests} on PostgreSQL.
 */
class PostgresUpToDateHistoryTests extends AbstractUpToDateHistoryTests {

	@Override
	protected DataSource newDatabase() {
		return TestPostgres.newDatabase();
	}

	@Override
	protected Dialect dialectWithAnUnknownAggregate() {
		return new PostgresDialect() {

			@Override
			public String linesAggregate(String text, String orderBy) {
				return "no_such_aggregate(" + text + ")";
			}

		};
	}

}
