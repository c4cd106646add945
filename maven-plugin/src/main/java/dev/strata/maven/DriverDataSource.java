package dev.strata.maven;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * A data source that opens a new connection each time, with the JDBC driver found on the
 * project's class path. {@code DriverManager} cannot be used: it only hands out drivers
 * that the caller's class loader can see, and the plugin's cannot see the project's.
 */
final class DriverDataSource implements DataSource {

	private final Driver driver;

	private final DatabaseConnection connection;

	private DriverDataSource(Driver driver, DatabaseConnection connection) {
		this.driver = driver;
		this.connection = connection;
	}

	/**
	 * Create a data source for a connection.
	 * @param connection the connection
	 * @param loader the project's class loader
	 * @return the data source
	 * @throws IllegalStateException if no driver on the project's class path accepts the
	 * URL
	 */
	static DriverDataSource of(DatabaseConnection connection, ClassLoader loader) {
		for (Driver driver : ServiceLoader.load(Driver.class, loader)) {
			try {
				if (driver.acceptsURL(connection.url())) {
					return new DriverDataSource(driver, connection);
				}
			}
			catch (SQLException ex) {
				// not this driver
			}
		}
		throw new IllegalStateException("No JDBC driver on the project's runtime class path accepts ["
				+ connection.describe() + "] (from " + connection.source()
				+ "): add the driver as a dependency (org.postgresql:postgresql, com.h2database:h2)");
	}

	@Override
	public Connection getConnection() throws SQLException {
		return getConnection(this.connection.username(), this.connection.password());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		Properties properties = new Properties();
		if (username != null) {
			properties.setProperty("user", username);
		}
		if (password != null) {
			properties.setProperty("password", password);
		}
		Connection opened = this.driver.connect(this.connection.url(), properties);
		if (opened == null) {
			throw new SQLException("The driver refused [" + this.connection.describe() + "]");
		}
		return opened;
	}

	@Override
	public PrintWriter getLogWriter() {
		return null;
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
		if (type.isInstance(this)) {
			return type.cast(this);
		}
		throw new SQLException("Not a wrapper of " + type.getName());
	}

	@Override
	public boolean isWrapperFor(Class<?> type) {
		return type.isInstance(this);
	}

}
