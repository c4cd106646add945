package dev.strata.runner;

import javax.sql.DataSource;

import dev.strata.testing.TestPostgres;

class PostgresMigrationRollbackTests extends AbstractMigrationRollbackTests {

	@Override
	protected DataSource newDatabase() {
		return TestPostgres.newDatabase();
	}

}
