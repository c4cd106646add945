package dev.strata.runner;

import javax.sql.DataSource;

import dev.strata.testing.TestPostgres;

class PostgresMigrationRunnerTests extends AbstractMigrationRunnerTests {

	@Override
	protected DataSource newDatabase() {
		return TestPostgres.newDatabase();
	}

}
