package dev.strata.runner;

import javax.sql.DataSource;

import dev.strata.testing.TestPostgres;

class PostgresBaselineTests extends AbstractBaselineTests {

	@Override
	protected DataSource newDatabase() {
		return TestPostgres.newDatabase();
	}

}
