package dev.strata.runner;

import javax.sql.DataSource;

import dev.strata.testing.TestPostgres;

class PostgresHistoryIntegrityTests extends AbstractHistoryIntegrityTests {

	@Override
	protected DataSource newDatabase() {
		return TestPostgres.newDatabase();
	}

}
