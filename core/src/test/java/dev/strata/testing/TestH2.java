package dev.strata.testing;

import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

/**
 * Fresh in-memory H2 databases for tests.
 */
public final class TestH2 {

	private TestH2() {
	}

	/**
	 * Return a new, empty in-memory database. It lives until the JVM exits, also when no
	 * connection is open.
	 * @return a data source for it
	 */
	public static DataSource newDatabase() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL(jdbcUrl());
		dataSource.setUser("sa");
		dataSource.setPassword("");
		return dataSource;
	}

	/**
	 * Return the JDBC URL of a new, empty in-memory database.
	 * @return the JDBC URL
	 */
	public static String jdbcUrl() {
		return "jdbc:h2:mem:strata_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
	}

}
