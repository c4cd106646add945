package dev.strata.runner;

import javax.sql.DataSource;

import dev.strata.testing.TestPostgresSchemas;

class PostgresBaselineTests extends AbstractBaselineTests {

	@Override
	protected DataSource newDatabase() {
		return TestPostgresSchemas.newSchema();
	}

}
