package dev.strata.runner;

import javax.sql.DataSource;

import dev.strata.testing.TestPostgresSchemas;

class PostgresBadInputTests extends AbstractBadInputTests {

	@Override
	protected DataSource newDatabase() {
		return TestPostgresSchemas.newSchema();
	}

	@Override
	protected String databaseName() {
		return "PostgreSQL";
	}

}
