package dev.strata.dialect.h2;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import dev.strata.dialect.TableRowLock;

/**
 * H2's session lock timeout: {@code lock_timeout()} and {@code set lock_timeout}, in
 * milliseconds; a timeout is reported with SQL state {@code HYT00}.
 */
public class H2LockTimeout implements TableRowLock.SessionLockTimeout {

	@Override
	public Duration current(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select lock_timeout()")) {
			result.next();
			return Duration.ofMillis(result.getLong(1));
		}
	}

	@Override
	public void set(Connection connection, Duration timeout) throws SQLException {
		long millis = Math.min(timeout.toMillis(), Integer.MAX_VALUE);
		try (Statement statement = connection.createStatement()) {
			statement.execute("set lock_timeout " + millis);
		}
	}

	@Override
	public boolean isTimeout(SQLException ex) {
		return "HYT00".equals(ex.getSQLState());
	}

}
