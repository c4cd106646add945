package dev.strata.runner;

import javax.sql.DataSource;

import dev.strata.testing.TestH2;

class H2HistoryIntegrityTests extends AbstractHistoryIntegrityTests {

	@Override
	protected DataSource newDatabase() {
		return TestH2.newDatabase();
	}

}
