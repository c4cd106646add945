package dev.strata.reliability;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

/**
 * What the PostgreSQL server knows about the sessions of the processes under test: who is
 * connected, who holds advisory locks.
 */
final class PostgresSessions {

	private final DataSource dataSource;

	PostgresSessions(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Return the number of distinct application names that start with a prefix among the
	 * sessions connected to the current database.
	 */
	int applications(String prefix) {
		return queryInt("select count(distinct application_name) from pg_stat_activity where datname = "
				+ "current_database() and application_name like ?", prefix + "%");
	}

	/**
	 * Return the number of sessions whose application name starts with a prefix.
	 */
	int sessions(String prefix) {
		return queryInt("select count(*) from pg_stat_activity where datname = current_database() and "
				+ "application_name like ?", prefix + "%");
	}

	/**
	 * Return the number of advisory locks granted in the current database.
	 */
	int advisoryLocks() {
		return queryInt("select count(*) from pg_locks l join pg_database d on d.oid = l.database "
				+ "where l.locktype = 'advisory' and l.granted and d.datname = current_database()", null);
	}

	/**
	 * Return the backend pids that hold an advisory lock in the current database.
	 */
	List<Integer> advisoryLockHolders() {
		List<Integer> pids = new ArrayList<>();
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select l.pid from pg_locks l join pg_database d "
						+ "on d.oid = l.database where l.locktype = 'advisory' and l.granted "
						+ "and d.datname = current_database() order by l.pid")) {
			while (rows.next()) {
				pids.add(rows.getInt(1));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return pids;
	}

	/**
	 * Wait until no session's application name starts with a prefix.
	 * @return how long it took
	 * @throws AssertionError if sessions remain after the timeout
	 */
	Duration awaitGone(String prefix, Duration timeout) throws InterruptedException {
		long start = System.nanoTime();
		while (sessions(prefix) > 0) {
			if (System.nanoTime() - start > timeout.toNanos()) {
				throw new AssertionError(
						"Sessions of [" + prefix + "] still connected after " + timeout + ": " + describe(prefix));
			}
			Thread.sleep(20);
		}
		return Duration.ofNanos(System.nanoTime() - start);
	}

	private String describe(String prefix) {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement("select pid, state, wait_event_type, "
						+ "query from pg_stat_activity where application_name like ?")) {
			statement.setString(1, prefix + "%");
			List<String> sessions = new ArrayList<>();
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					sessions.add(rows.getInt(1) + " " + rows.getString(2) + " " + rows.getString(3) + " ["
							+ rows.getString(4) + "]");
				}
			}
			return sessions.toString();
		}
		catch (SQLException ex) {
			return ex.toString();
		}
	}

	private int queryInt(String sql, @Nullable String parameter) {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(sql)) {
			if (parameter != null) {
				statement.setString(1, parameter);
			}
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getInt(1);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
