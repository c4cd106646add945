package dev.strata.runner;

import javax.sql.DataSource;

import dev.strata.testing.TestPostgresSchemas;

class PostgresHistoryIntegrityTests extends AbstractHistoryIntegrityTests {

	@Override
	protected DataSource newDatabase() {
		return TestPostgresSchemas.newSchema();
	}

}
