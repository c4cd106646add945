package dev.strata.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

/**
 * Fresh, empty PostgreSQL schemas for tests that need many clean slates: each is a schema
 * of one shared test database, and connections made from its URL use it as their current
 * schema ({@code currentSchema}). A schema costs a catalog row where a database costs a
 * copy of the template's files, which the throw-away server must delete again when the
 * JVM exits.
 */
public final class TestPostgresSchemas {

	private static @Nullable PostgresDatabase shared;

	private static int created;

	private TestPostgresSchemas() {
	}

	/**
	 * Return a data source whose current schema is a new, empty schema.
	 * @return the data source, without a pool
	 */
	public static DataSource newSchema() {
		return createSchema().dataSource();
	}

	/**
	 * Create a new, empty schema and return how to connect to it.
	 * @return the URL (with {@code currentSchema}), user and password
	 */
	public static synchronized PostgresDatabase createSchema() {
		if (shared == null) {
			shared = TestPostgres.createDatabase();
		}
		PostgresDatabase database = shared;
		String schema = "test_schema_" + (++created);
		try (Connection connection = database.dataSource().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create schema " + schema);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create test schema [" + schema + "]", ex);
		}
		String url = database.jdbcUrl() + (database.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
		return new PostgresDatabase(url, database.user(), database.password());
	}

}
