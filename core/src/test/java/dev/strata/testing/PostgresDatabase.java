package dev.strata.testing;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where a test database created by {@link TestPostgres} lives, so that a test can hand it
 * to another process (for example a Spring Boot application started in its own JVM).
 *
 * @param jdbcUrl the JDBC URL
 * @param user the user
 * @param password the password
 */
public record PostgresDatabase(String jdbcUrl, String user, String password) {

	/**
	 * Return a data source for this database, without a pool: every
	 * {@code getConnection()} opens a new connection.
	 * @return the data source
	 */
	public DataSource dataSource() {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setURL(this.jdbcUrl);
		dataSource.setUser(this.user);
		dataSource.setPassword(this.password);
		return dataSource;
	}

}
