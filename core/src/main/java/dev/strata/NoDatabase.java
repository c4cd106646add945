package dev.strata;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * The data source of an {@linkplain Strata#offline(dev.strata.dialect.Dialect) offline}
 * Strata: it refuses every connection, saying that the operation needs a database.
 */
final class NoDatabase implements DataSource {

	private static final String MESSAGE = "This Strata works without a database (Strata.offline): generating and "
			+ "validating the migrations against the entities need none, but this operation reads or changes a "
			+ "database";

	@Override
	public Connection getConnection() throws SQLException {
		throw new SQLException(MESSAGE);
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		throw new SQLException(MESSAGE);
	}

	@Override
	public PrintWriter getLogWriter() {
		return new PrintWriter(System.err);
	}

	@Override
	public void setLogWriter(PrintWriter out) {
	}

	@Override
	public void setLoginTimeout(int seconds) {
	}

	@Override
	public int getLoginTimeout() {
		return 0;
	}

	@Override
	public Logger getParentLogger() throws SQLFeatureNotSupportedException {
		throw new SQLFeatureNotSupportedException();
	}

	@Override
	public <T> T unwrap(Class<T> type) throws SQLException {
		throw new SQLException("Not a wrapper");
	}

	@Override
	public boolean isWrapperFor(Class<?> type) {
		return false;
	}

	@Override
	public String toString() {
		return "no database";
	}

}
