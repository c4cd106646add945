package dev.strata.runner;

import javax.sql.DataSource;

import dev.strata.testing.TestH2;

/**
 * {@link AbstractUpToDateHistoryTests} on H2.
 */
class H2UpToDateHistoryTests extends AbstractUpToDateHistoryTests {

	@Override
	protected DataSource newDatabase() {
		return TestH2.newDatabase();
	}

}
