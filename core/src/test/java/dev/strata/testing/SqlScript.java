package dev.strata.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * Runs hand-written SQL in tests, one statement at a time, so that it works on every
 * database (H2 takes one statement per call).
 */
public final class SqlScript {

	private SqlScript() {
	}

	/**
	 * Run statements separated by a semicolon at the end of a line.
	 * @param dataSource where to run them
	 * @param script the statements; a semicolon inside a statement must not end a line
	 * @throws SQLException if a statement fails
	 */
	public static void run(DataSource dataSource, String script) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			for (String sql : script.split(";\\s*(\\R|$)")) {
				if (!sql.isBlank()) {
					statement.execute(sql);
				}
			}
		}
	}

}
