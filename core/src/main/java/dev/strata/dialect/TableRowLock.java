package dev.strata.dialect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import dev.strata.model.Column;
import dev.strata.model.ColumnType;
import dev.strata.model.PrimaryKey;
import dev.strata.model.SchemaSnapshot;
import dev.strata.model.Table;
import dev.strata.model.TypeKind;
import dev.strata.operation.ConstraintNaming;
import dev.strata.operation.CreateTable;

/**
 * The migration lock on databases without advisory locks (H2, and the generic fallback):
 * a lock table named after the history table with {@code _lock} appended, holding one
 * row. Taking the lock selects that row {@code for update} on the dedicated connection,
 * in a transaction that stays open until the lock is released; the database's own lock
 * timeout bounds the wait. The lock is a row lock of an open transaction, so a process
 * that dies releases it with its session.
 * <p>
 * The lock table and its row are created when missing; two processes creating them at
 * once is harmless.
 */
public class TableRowLock implements MigrationLock {

	private static final String ID = "id";

	private final Dialect dialect;

	private final SessionLockTimeout lockTimeout;

	/**
	 * Create the lock.
	 * @param dialect the dialect, to create the lock table and quote its name
	 * @param lockTimeout how the database sets a session's lock wait timeout
	 */
	public TableRowLock(Dialect dialect, SessionLockTimeout lockTimeout) {
		this.dialect = Objects.requireNonNull(dialect, "'dialect' must not be null");
		this.lockTimeout = Objects.requireNonNull(lockTimeout, "'lockTimeout' must not be null");
	}

	@Override
	public Held acquire(Connection connection, String name, Duration timeout) throws SQLException {
		String table = name + "_lock";
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(true);
		ensureLockRow(connection, table);
		Duration previousTimeout = this.lockTimeout.current(connection);
		this.lockTimeout.set(connection, timeout);
		connection.setAutoCommit(false);
		long start = System.nanoTime();
		try (Statement statement = connection.createStatement()) {
			statement.executeQuery(selectForUpdate(table)).close();
		}
		catch (SQLException ex) {
			long waitedMs = (System.nanoTime() - start) / 1_000_000;
			restore(connection, previousTimeout, autoCommit);
			if (this.lockTimeout.isTimeout(ex) || waitedMs >= timeout.toMillis()) {
				throw new LockTimeoutException("Could not take the migration lock (a row of table [" + table
						+ "]) within " + timeout.toMillis() + " ms: another migration run holds it. "
						+ this.dialect.name() + " cannot tell which session; wait for that run to finish, "
						+ "or raise migrations.lock-timeout (" + ex.getMessage() + ")");
			}
			throw ex;
		}
		return () -> restore(connection, previousTimeout, autoCommit);
	}

	private void restore(Connection connection, Duration previousTimeout, boolean autoCommit) throws SQLException {
		connection.rollback();
		connection.setAutoCommit(true);
		this.lockTimeout.set(connection, previousTimeout);
		connection.setAutoCommit(autoCommit);
	}

	private void ensureLockRow(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			if (hasLockRow(statement, table)) {
				return;
			}
			try {
				for (String sql : this.dialect.statements(new CreateTable(definition(table)), SchemaSnapshot.empty())) {
					statement.execute(sql);
				}
			}
			catch (SQLException ex) {
				// another process created it meanwhile; the insert below tells
			}
			try {
				statement.executeUpdate("insert into " + this.dialect.identifier(table) + " ("
						+ this.dialect.identifier(ID) + ") values (1)");
			}
			catch (SQLException ex) {
				if (!hasLockRow(statement, table)) {
					throw ex;
				}
			}
		}
	}

	private boolean hasLockRow(Statement statement, String table) {
		try {
			try (ResultSet rows = statement.executeQuery("select " + this.dialect.identifier(ID) + " from "
					+ this.dialect.identifier(table) + " where " + this.dialect.identifier(ID) + " = 1")) {
				return rows.next();
			}
		}
		catch (SQLException ex) {
			return false;
		}
	}

	private String selectForUpdate(String table) {
		return "select " + this.dialect.identifier(ID) + " from " + this.dialect.identifier(table) + " where "
				+ this.dialect.identifier(ID) + " = 1 for update";
	}

	private static Table definition(String table) {
		return Table.named(table)
			.withColumns(List.of(Column.of(ID, ColumnType.of(TypeKind.INTEGER))))
			.withPrimaryKey(new PrimaryKey(ConstraintNaming.primaryKey(table), List.of(ID)));
	}

	/**
	 * How a database sets how long a session waits for a row lock.
	 */
	public interface SessionLockTimeout {

		/**
		 * Return the session's current lock timeout.
		 * @param connection the session
		 * @return the timeout
		 * @throws SQLException if the database fails
		 */
		Duration current(Connection connection) throws SQLException;

		/**
		 * Set the session's lock timeout.
		 * @param connection the session
		 * @param timeout the timeout
		 * @throws SQLException if the database fails
		 */
		void set(Connection connection, Duration timeout) throws SQLException;

		/**
		 * Return whether an exception reports a lock wait that timed out.
		 * @param ex the exception
		 * @return whether it is a lock timeout
		 */
		boolean isTimeout(SQLException ex);

	}

}
