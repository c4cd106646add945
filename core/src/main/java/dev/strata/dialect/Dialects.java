package dev.strata.dialect;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

import dev.strata.dialect.h2.H2Dialect;
import dev.strata.dialect.postgresql.PostgresDialect;

/**
 * Finds the dialect of a database.
 */
public final class Dialects {

	private Dialects() {
	}

	/**
	 * Return the dialect of the database a connection is open to.
	 * @param connection the connection
	 * @return the dialect
	 * @throws SQLException if the metadata cannot be read
	 * @throws UnsupportedDatabaseException if Strata does not support the database
	 */
	public static Dialect detect(Connection connection) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		return forProductName(metaData.getDatabaseProductName());
	}

	/**
	 * Return the dialect for a database product name, as JDBC and Hibernate report it.
	 * @param productName the product name, for example {@code PostgreSQL} or {@code H2}
	 * @return the dialect
	 * @throws UnsupportedDatabaseException if Strata does not support the database
	 */
	public static Dialect forProductName(String productName) {
		String name = productName.toLowerCase(Locale.ROOT);
		if (name.startsWith("postgresql")) {
			return new PostgresDialect();
		}
		if (name.equals("h2")) {
			return new H2Dialect();
		}
		throw new UnsupportedDatabaseException(
				"Strata does not support " + productName + " yet; supported databases are PostgreSQL and H2");
	}

}
