package dev.strata.runner;

import javax.sql.DataSource;

import dev.strata.testing.TestPostgres;

class PostgresBadInputTests extends AbstractBadInputTests {

	@Override
	protected DataSource newDatabase() {
		return TestPostgres.newDatabase();
	}

	@Override
	protected String databaseName() {
		return "PostgreSQL";
	}

}
