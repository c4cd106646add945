package dev.strata.runner;

import javax.sql.DataSource;

import dev.strata.testing.TestH2;

class H2BaselineTests extends AbstractBaselineTests {

	@Override
	protected DataSource newDatabase() {
		return TestH2.newDatabase();
	}

}
