package dev.strata.dialect.postgresql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.strata.dialect.LockTimeoutException;
import dev.strata.dialect.MigrationLock;
import org.jspecify.annotations.Nullable;

/**
 * The migration lock on PostgreSQL: a session-level advisory lock
 * ({@code pg_try_advisory_lock}) on the run's connection, polled with a short backoff
 * until the timeout. The key is derived from the current schema and the lock name, so
 * applications that migrate different schemas of one database do not wait for each other.
 * PostgreSQL releases the lock when the session ends, so a killed process never leaves it
 * behind. It survives the session's commits and rollbacks, so the run does its work on
 * the same connection: one connection per run, and a pool of one connection is enough.
 * <p>
 * When it times out, the message names the sessions holding the lock (from
 * {@code pg_locks} and {@code pg_stat_activity}). To make its own session recognizable
 * there, it sets {@code application_name} to {@value #APPLICATION_NAME} while it holds
 * the lock, if the connection has no name of its own (none, or the JDBC driver's
 * default), and restores it on release.
 */
public class PostgresAdvisoryLock implements MigrationLock {

	/** The application name given to a lock session that has none. */
	public static final String APPLICATION_NAME = "strata-migrations";

	/** The name the PostgreSQL JDBC driver gives sessions by default. */
	private static final String DRIVER_DEFAULT_NAME = "PostgreSQL JDBC Driver";

	private static final long FIRST_BACKOFF_MS = 10;

	private static final long MAX_BACKOFF_MS = 500;

	@Override
	public boolean survivesTransactions() {
		return true;
	}

	@Override
	public Held acquire(Connection connection, String name, Duration timeout) throws SQLException {
		String previousName = nameSession(connection);
		long key = key(currentSchema(connection), name);
		long deadline = System.nanoTime() + timeout.toNanos();
		long backoff = FIRST_BACKOFF_MS;
		try (PreparedStatement tryLock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
			tryLock.setLong(1, key);
			while (true) {
				try (ResultSet result = tryLock.executeQuery()) {
					result.next();
					if (result.getBoolean(1)) {
						return () -> release(connection, key, previousName);
					}
				}
				long remainingMs = (deadline - System.nanoTime()) / 1_000_000;
				if (remainingMs <= 0) {
					List<String> holders = holders(connection, key);
					restoreSessionName(connection, previousName);
					throw new LockTimeoutException("Could not take the migration lock for [" + name + "] within "
							+ timeout.toMillis() + " ms: another migration run holds it"
							+ (holders.isEmpty() ? " (it was released just now; try again)"
									: ": " + String.join("; ", holders))
							+ ". Wait for that run to finish, end its session if it hangs "
							+ "(select pg_terminate_backend(pid)), or raise migrations.lock-timeout");
				}
				sleep(Math.min(backoff, remainingMs));
				backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
			}
		}
	}

	/**
	 * Return the advisory lock key for a lock name in a schema: the first 64 bits of the
	 * SHA-256 of {@code schema.name}.
	 * @param schema the current schema
	 * @param name the lock name
	 * @return the key
	 */
	static long key(String schema, String name) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(("strata:" + schema + "." + name).getBytes(StandardCharsets.UTF_8));
			long key = 0;
			for (int i = 0; i < Long.BYTES; i++) {
				key = (key << 8) | (hash[i] & 0xFF);
			}
			return key;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime provides SHA-256", ex);
		}
	}

	private static String currentSchema(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select current_schema()")) {
			result.next();
			String schema = result.getString(1);
			return (schema != null) ? schema : "";
		}
	}

	/**
	 * Name the session {@value #APPLICATION_NAME} if it has no name of its own (none, or
	 * the JDBC driver's default), in one round trip.
	 * @return the name to restore on release, {@code null} if the name was left as it was
	 */
	private static @Nullable String nameSession(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select current, set_config('application_name', '"
						+ APPLICATION_NAME + "', false) from (select current_setting('application_name') as current) "
						+ "as setting where current in ('', '" + DRIVER_DEFAULT_NAME + "')")) {
			return result.next() ? result.getString(1) : null;
		}
	}

	private static void restoreSessionName(Connection connection, @Nullable String previousName) throws SQLException {
		if (previousName == null) {
			return;
		}
		try (PreparedStatement statement = connection
			.prepareStatement("select set_config('application_name', ?, false)")) {
			statement.setString(1, previousName);
			statement.execute();
		}
	}

	/**
	 * Describe the sessions that hold the advisory lock. A bigint key is stored in
	 * {@code pg_locks} as two 32-bit halves: {@code classid} the high half, {@code objid}
	 * the low half, with {@code objsubid} 1.
	 */
	private static List<String> holders(Connection connection, long key) throws SQLException {
		List<String> holders = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement("select a.pid, a.application_name, "
				+ "a.client_addr, a.usename, a.backend_start, a.state, a.state_change from pg_locks l "
				+ "join pg_stat_activity a on a.pid = l.pid where l.locktype = 'advisory' and l.granted "
				+ "and l.classid::bigint = ? and l.objid::bigint = ? and l.objsubid = 1 order by a.pid")) {
			statement.setLong(1, key >>> 32);
			statement.setLong(2, key & 0xFFFFFFFFL);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					String application = rows.getString(2);
					String address = rows.getString(3);
					holders.add("session pid " + rows.getInt(1) + " (application_name ["
							+ ((application != null) ? application : "") + "], user [" + rows.getString(4)
							+ "], client address [" + ((address != null) ? address : "local socket")
							+ "], connected since " + rows.getObject(5) + ", " + rows.getString(6) + " since "
							+ rows.getObject(7) + ")");
				}
			}
		}
		return holders;
	}

	private static void release(Connection connection, long key, @Nullable String previousName) throws SQLException {
		if (!connection.getAutoCommit()) {
			connection.rollback();
			connection.setAutoCommit(true);
		}
		try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
			unlock.setLong(1, key);
			unlock.execute();
		}
		restoreSessionName(connection, previousName);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LockTimeoutException("Interrupted while waiting for the migration lock");
		}
	}

}
