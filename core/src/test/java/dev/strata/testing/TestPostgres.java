package dev.strata.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;

/**
 * Fresh PostgreSQL databases for tests, all on one server per JVM that is found or
 * started on first use and stopped when the JVM exits.
 * <p>
 * The server is, in order: the one named by {@code STRATA_TEST_POSTGRES_URL} (with
 * {@code STRATA_TEST_POSTGRES_USER} and {@code STRATA_TEST_POSTGRES_PASSWORD}), a
 * Testcontainers container ({@code postgres:15-alpine}) when Docker is available, or a
 * throw-away server run from the local PostgreSQL binaries. Without any of these, a test
 * that asks for a database is aborted (reported as skipped), unless
 * {@code STRATA_REQUIRE_DATABASES=true}, in which case it fails: a database test never
 * passes without a database.
 * <p>
 * Ask for databases in test methods (or in a helper they call) rather than in
 * {@code @BeforeAll}: Surefire reports a class aborted in {@code @BeforeAll} as zero
 * tests run, which hides the skip, while aborted test methods are counted as skipped.
 * Modules using this through the test-jar also need {@code org.postgresql:postgresql}
 * and, for Docker, {@code org.testcontainers:testcontainers-postgresql} as test
 * dependencies.
 */
public final class TestPostgres {

	static final String REQUIRE_VARIABLE = "STRATA_REQUIRE_DATABASES";

	private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/?]*/)([^?]*)(\\?.*)?");

	private static final String RUN_ID = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

	private static int created;

	private static PostgresServerLauncher.@Nullable Launch launch;

	private static @Nullable Connection admin;

	private static final List<String> databases = new ArrayList<>();

	private TestPostgres() {
	}

	/**
	 * Return a data source for a new, empty database.
	 * @return the data source, without a pool
	 */
	public static DataSource newDatabase() {
		return createDatabase().dataSource();
	}

	/**
	 * Create a new, empty database and return where it is.
	 * @return the database's URL, user and password
	 */
	public static synchronized PostgresDatabase createDatabase() {
		PostgresServer server = server();
		String name = "strata_" + RUN_ID + "_" + (++created);
		try {
			Connection connection = adminConnection(server);
			// Copying files beats WAL-logging them (the default since 15) when fsync is
			// off.
			boolean fileCopy = server.throwAway() && connection.getMetaData().getDatabaseMajorVersion() >= 15;
			try (Statement statement = connection.createStatement()) {
				statement.execute("create database " + name + (fileCopy ? " strategy file_copy" : ""));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(
					"Could not create test database [" + name + "] on PostgreSQL " + server.description(), ex);
		}
		databases.add(name);
		return new PostgresDatabase(urlOf(server.adminUrl(), name), server.user(), server.password());
	}

	private static PostgresServer server() {
		if (launch == null) {
			launch = new PostgresServerLauncher(System.getenv()).launch();
			PostgresServer started = launch.server();
			if (started != null) {
				Runtime.getRuntime().addShutdownHook(new Thread(() -> shutDown(started), "strata-test-postgres-stop"));
			}
		}
		PostgresServer server = launch.server();
		if (server != null) {
			return server;
		}
		String message = "No PostgreSQL server for tests. Tried: " + String.join("; ", launch.attempts()) + ". Set "
				+ PostgresServerLauncher.URL_VARIABLE + " (and " + PostgresServerLauncher.USER_VARIABLE + ", "
				+ PostgresServerLauncher.PASSWORD_VARIABLE
				+ ") to an existing server, start Docker, or install the PostgreSQL server binaries";
		if ("true".equalsIgnoreCase(System.getenv(REQUIRE_VARIABLE))) {
			throw new IllegalStateException(message + " (failing because " + REQUIRE_VARIABLE + "=true)");
		}
		Assumptions.abort(message);
		throw new AssertionError("unreachable");
	}

	private static Connection adminConnection(PostgresServer server) throws SQLException {
		if (admin == null || admin.isClosed()) {
			admin = new PostgresDatabase(server.adminUrl(), server.user(), server.password()).dataSource()
				.getConnection();
		}
		return admin;
	}

	static String urlOf(String adminUrl, String database) {
		Matcher matcher = URL.matcher(adminUrl);
		if (!matcher.matches()) {
			throw new IllegalStateException("Cannot derive test database URLs from [" + adminUrl
					+ "]: give a URL of the form jdbc:postgresql://host:port/database");
		}
		return matcher.group(1) + database + ((matcher.group(3) != null) ? matcher.group(3) : "");
	}

	private static synchronized void shutDown(PostgresServer server) {
		try {
			if (admin != null) {
				if (server instanceof ExternalPostgresServer) {
					dropDatabases(admin);
				}
				admin.close();
			}
		}
		catch (SQLException ex) {
			// the server goes away or stays with a few leftover test databases
		}
		finally {
			server.stop();
		}
	}

	private static void dropDatabases(Connection connection) {
		for (String name : databases) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("drop database if exists " + name + " with (force)");
			}
			catch (SQLException ex) {
				// leave it: the next run uses other names
			}
		}
	}

}
