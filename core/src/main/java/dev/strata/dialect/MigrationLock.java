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
	 * @param connection a connection dedicated to holding the lock until it is released;
	 * it must not be used for anything else meanwhile
	 * @param name the name of the lock (derived from the history table)
	 * @param timeout how long to wait at most
	 * @return the held lock, to release
	 * @throws LockTimeoutException if another session held it for longer than the
	 * timeout; the message says who holds it where the database can tell
	 * @throws SQLException if the database fails
	 */
	Held acquire(Connection connection, String name, Duration timeout) throws SQLException;

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
