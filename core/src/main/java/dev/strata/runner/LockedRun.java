package dev.strata.runner;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.dialect.MigrationLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work under the database's {@linkplain MigrationLock migration lock}: takes the
 * lock on a connection of the data source, does the work on that same connection when the
 * lock {@linkplain MigrationLock#survivesTransactions() survives transactions}
 * (PostgreSQL's advisory lock) or on a second connection otherwise (H2's row lock), and
 * releases the lock however the work ends.
 */
final class LockedRun {

	private static final Logger logger = LoggerFactory.getLogger(LockedRun.class);

	private LockedRun() {
	}

	/**
	 * Run work under the lock.
	 * @param <T> what the work returns
	 * @param dataSource where to connect
	 * @param dialect the configured dialect, {@code null} to detect it from the
	 * connection
	 * @param settings the lock's name (the history table) and timeout
	 * @param work the work, given a connection in auto-commit mode and the dialect
	 * @return what the work returned
	 * @throws SQLException if the database fails
	 * @throws dev.strata.dialect.LockTimeoutException if another run held the lock longer
	 * than the lock timeout
	 */
	static <T> T run(DataSource dataSource, @Nullable Dialect dialect, RunnerSettings settings, Work<T> work)
			throws SQLException {
		try (Connection lockConnection = dataSource.getConnection()) {
			Dialect detected = (dialect != null) ? dialect : Dialects.detect(lockConnection);
			MigrationLock lock = detected.migrationLock();
			MigrationLock.Held held = lock.acquire(lockConnection, settings.table(), settings.lockTimeout());
			try {
				if (lock.survivesTransactions()) {
					return work.run(inAutoCommit(lockConnection), detected);
				}
				try (Connection connection = dataSource.getConnection()) {
					return work.run(inAutoCommit(connection), detected);
				}
			}
			finally {
				release(held);
			}
		}
	}

	/**
	 * Put a connection in auto-commit mode, where a failed query aborts nothing.
	 * @param connection the connection
	 * @return the connection
	 * @throws SQLException if the database fails
	 */
	static Connection inAutoCommit(Connection connection) throws SQLException {
		if (!connection.getAutoCommit()) {
			connection.setAutoCommit(true);
		}
		return connection;
	}

	private static void release(MigrationLock.Held lock) {
		try {
			lock.close();
		}
		catch (SQLException ex) {
			logger.warn("Could not release the migration lock; the database releases it when the lock's connection "
					+ "closes", ex);
		}
	}

	/**
	 * Work done under the lock.
	 *
	 * @param <T> what it returns
	 */
	@FunctionalInterface
	interface Work<T> {

		/**
		 * Do the work.
		 * @param connection the connection to work on, in auto-commit mode
		 * @param dialect the database's dialect
		 * @return the result
		 * @throws SQLException if the database fails
		 */
		T run(Connection connection, Dialect dialect) throws SQLException;

	}

}
