package dev.strata.reliability;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import dev.strata.Strata;
import dev.strata.runner.MigrationException;
import dev.strata.testing.PostgresDatabase;
import dev.strata.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A database that cannot be reached or refuses the credentials ends the run with one
 * message that says so, and the password appears nowhere: not in the message, not in its
 * causes, not in the log.
 */
class CredentialLeakTests {

	private static final String PASSWORD = "Hunter2-very-secret";

	private static final String ROLE = "strata_password_user";

	private final ListAppender<ILoggingEvent> log = new ListAppender<>();

	@BeforeEach
	void captureLog() {
		this.log.start();
		root().addAppender(this.log);
	}

	@AfterEach
	void releaseLog() {
		root().detachAppender(this.log);
	}

	@Test
	void unreachableDatabaseIsNamedWithoutThePassword() throws IOException {
		int port = freePort();
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setURL("jdbc:postgresql://127.0.0.1:" + port + "/app");
		dataSource.setUser("app");
		dataSource.setPassword(PASSWORD);
		MigrationException failure = migrate(dataSource);
		assertThat(failure).hasMessage("Cannot connect to the database: Connection to 127.0.0.1:" + port
				+ " refused. Check that the hostname and port are correct and that the postmaster is accepting "
				+ "TCP/IP connections.");
		assertNoPassword(failure);
	}

	@Test
	void passwordInTheUrlOfAMissingDatabaseIsNotRepeated() {
		PostgresDatabase database = TestPostgres.createDatabase();
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setURL(database.jdbcUrl().replaceAll("/[^/?]+(\\?.*)?$", "/no_such_database") + "?user="
				+ database.user() + "&password=" + PASSWORD);
		MigrationException failure = migrate(dataSource);
		assertThat(failure)
			.hasMessage("Cannot connect to the database: FATAL: database " + "\"no_such_database\" does not exist");
		assertNoPassword(failure);
	}

	@Test
	void wrongPasswordIsRefusedByPasswordAuthenticationWithoutThePassword() throws SQLException {
		PostgresDatabase database = TestPostgres.createDatabase();
		requirePasswordAuthentication(database.dataSource());
		PGSimpleDataSource right = new PGSimpleDataSource();
		right.setURL(database.jdbcUrl());
		right.setUser(ROLE);
		right.setPassword(PASSWORD);
		assertThat(Strata.builder(right).migrations(Workloads.ledger(2)).build().migrate().applied()).hasSize(2);
		PGSimpleDataSource wrong = new PGSimpleDataSource();
		wrong.setURL(database.jdbcUrl());
		wrong.setUser(ROLE);
		wrong.setPassword(PASSWORD + "-wrong");
		MigrationException failure = migrate(wrong);
		assertThat(failure).hasMessage(
				"Cannot connect to the database: FATAL: password authentication " + "failed for user \"" + ROLE + "\"");
		assertNoPassword(failure);
	}

	private static MigrationException migrate(DataSource dataSource) {
		MigrationException failure = catchThrowableOfType(MigrationException.class,
				() -> Strata.builder(dataSource).migrations(Workloads.ledger()).build().migrate());
		assertThat(failure).isNotNull();
		return failure;
	}

	private void assertNoPassword(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			assertThat(String.valueOf(cause.getMessage())).doesNotContain(PASSWORD);
			assertThat(cause.toString()).doesNotContain(PASSWORD);
		}
		for (ILoggingEvent event : this.log.list) {
			assertThat(event.getFormattedMessage()).doesNotContain(PASSWORD);
			if (event.getThrowableProxy() != null) {
				assertThat(ThrowableProxyUtil.asString(event.getThrowableProxy())).doesNotContain(PASSWORD);
			}
		}
	}

	/**
	 * Create a role with a password and make the server check it: the test server trusts
	 * every local connection, so a rule for this role alone goes first in
	 * {@code pg_hba.conf}. Needs a superuser on a server whose files it may write (the
	 * throw-away server); elsewhere the test is skipped.
	 */
	private static void requirePasswordAuthentication(DataSource admin) throws SQLException {
		try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
			try (ResultSet superuser = statement
				.executeQuery("select rolsuper from pg_roles where rolname = " + "current_user")) {
				superuser.next();
				Assumptions.assumeTrue(superuser.getBoolean(1), "needs a superuser to require passwords");
			}
			statement.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + ROLE
					+ "') then create role " + ROLE + " login password '" + PASSWORD + "'; end if; end $$");
			statement.execute("grant all on schema public to " + ROLE);
			statement.execute("grant create, connect on database " + connection.getCatalog() + " to " + ROLE);
			List<String> lines = new ArrayList<>(List.of("host all " + ROLE + " 0.0.0.0/0 scram-sha-256",
					"host all " + ROLE + " ::/0 scram-sha-256"));
			String current;
			String file;
			try (ResultSet hba = statement
				.executeQuery("select pg_read_file(current_setting('hba_file')), current_setting('hba_file')")) {
				hba.next();
				current = hba.getString(1);
				file = hba.getString(2);
			}
			if (current.startsWith(lines.get(0))) {
				return;
			}
			lines.addAll(List.of(current.split("\n")));
			Assumptions.assumeTrue(lines.stream().noneMatch((line) -> line.contains("\t") || line.contains("\\")),
					"pg_hba.conf cannot be rewritten with COPY");
			statement.execute("create temporary table hba_lines (n serial, line text)");
			for (String line : lines) {
				statement.execute("insert into hba_lines (line) values ('" + line.replace("'", "''") + "')");
			}
			statement.execute("copy (select line from hba_lines order by n) to '" + file.replace("'", "''") + "'");
			statement.execute("select pg_reload_conf()");
		}
		catch (SQLException ex) {
			Assumptions.abort("Cannot require password authentication on this server: " + ex.getMessage());
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static Logger root() {
		return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
	}

}
