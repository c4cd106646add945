package dev.strata.runner;

import javax.sql.DataSource;

import dev.strata.testing.TestPostgres;

/**
 * {@link AbstractUpToDateHistoryTests} on PostgreSQL.
 */
class PostgresUpToDateHistoryTests extends AbstractUpToDateHistoryTests {

	@Override
	protected DataSource newDatabase() {
		return TestPostgres.newDatabase();
	}

}
