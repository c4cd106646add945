package dev.strata.runner;

import javax.sql.DataSource;

import dev.strata.testing.TestH2;

class H2BadInputTests extends AbstractBadInputTests {

	@Override
	protected DataSource newDatabase() {
		return TestH2.newDatabase();
	}

	@Override
	protected String databaseName() {
		return "H2";
	}

}
