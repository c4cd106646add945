package dev.strata.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A database-wide lock that lets one migration run at a time. It is tied to a database
 * session, so a process that dies never leaves it behind.
 */
public interface MigrationLock {

	/**
	 * Wait for the lock and take it.
	 * @param connection the connection that holds the lock until it is released; unless
	 * the lock {@linkplain #survivesTransactions() survives transactions}, it must not be
	 * used for anything else meanwhile
	 * @param name the name of the lock (derived from the history table)
	 * @param timeout how long to wait at most
	 * @return the held lock, to release
	 * @throws LockTimeoutException if another session held it for longer than the
	 * timeout; the message says who holds it where the database can tell
	 * @throws SQLException if the database fails
	 */
	Held acquire(Connection connection, String name, Duration timeout) throws SQLException;

	/**
	 * Whether the lock survives the commits and rollbacks of its session, so that a run
	 * may do its work on the lock's connection instead of a second one. A lock that is a
	 * transaction's row lock does not: it needs a connection of its own.
	 * @return {@code true} if the lock's connection may also do the run's work
	 */
	default boolean survivesTransactions() {
		return false;
	}

	/**
	 * A lock held by this process.
	 */
	interface Held extends AutoCloseable {

		/**
		 * Release the lock.
		 * @throws SQLException if the database fails
		 */
		@Override
		void close() throws SQLException;

	}

}
