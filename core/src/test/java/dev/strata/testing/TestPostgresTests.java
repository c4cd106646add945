package dev.strata.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TestPostgresTests {

	@Test
	void serverAnswersSelectVersion() throws SQLException {
		assertThat(queryString(TestPostgres.newDatabase(), "select version()")).startsWith("PostgreSQL ");
	}

	@Test
	void eachDatabaseIsFreshAndIsolated() throws SQLException {
		DataSource first = TestPostgres.newDatabase();
		DataSource second = TestPostgres.newDatabase();
		try (Connection connection = first.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("create table only_in_first (id integer)");
		}
		assertThat(queryString(first, "select current_database()"))
			.isNotEqualTo(queryString(second, "select current_database()"));
		assertThat(queryString(first, "select count(*) from pg_tables where tablename = 'only_in_first'"))
			.isEqualTo("1");
		assertThat(queryString(second, "select count(*) from pg_tables where tablename = 'only_in_first'"))
			.isEqualTo("0");
		assertThat(queryString(second, "select count(*) from pg_tables where schemaname = current_schema()"))
			.isEqualTo("0");
	}

	@Test
	void createdDatabaseCanBeReachedThroughItsUrlUserAndPassword() throws SQLException {
		PostgresDatabase database = TestPostgres.createDatabase();
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(),
				database.password());
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select current_database()")) {
			assertThat(result.next()).isTrue();
			assertThat(database.jdbcUrl()).contains("/" + result.getString(1));
		}
	}

	@Test
	void databaseUrlReplacesTheDatabaseAndKeepsTheParameters() {
		assertThat(TestPostgres.urlOf("jdbc:postgresql://localhost:5432/postgres", "strata_1"))
			.isEqualTo("jdbc:postgresql://localhost:5432/strata_1");
		assertThat(TestPostgres.urlOf("jdbc:postgresql://db:1/test?loggerLevel=OFF", "strata_2"))
			.isEqualTo("jdbc:postgresql://db:1/strata_2?loggerLevel=OFF");
	}

	static String queryString(DataSource dataSource, String sql) throws SQLException {
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			assertThat(result.next()).isTrue();
			return result.getString(1);
		}
	}

}
