package dev.strata.runner;

import javax.sql.DataSource;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.h2.H2Dialect;
import dev.strata.testing.TestH2;

/**
 * {@link AbstractUpToDateHistoryTests} on H2.
 */
class H2UpToDateHistoryTests extends AbstractUpToDateHistoryTests {

	@Override
	protected DataSource newDatabase() {
		return TestH2.newDatabase();
	}

	@Override
	protected Dialect dialectWithAnUnknownAggregate() {
		return new H2Dialect() {

			@Override
			public String linesAggregate(String text, String orderBy) {
				return "no_such_aggregate(" + text + ")";
			}

		};
	}

}
