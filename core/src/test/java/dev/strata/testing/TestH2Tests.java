package dev.strata.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TestH2Tests {

	@Test
	void databaseIsH2() throws SQLException {
		assertThat(TestPostgresTests.queryString(TestH2.newDatabase(), "select h2version()")).startsWith("2.");
	}

	@Test
	void eachDatabaseIsFreshAndIsolated() throws SQLException {
		DataSource first = TestH2.newDatabase();
		DataSource second = TestH2.newDatabase();
		try (Connection connection = first.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("create table only_in_first (id integer)");
		}
		String count = "select count(*) from information_schema.tables where table_schema = 'PUBLIC'";
		assertThat(TestPostgresTests.queryString(first, count)).isEqualTo("1");
		assertThat(TestPostgresTests.queryString(second, count)).isEqualTo("0");
	}

	@Test
	void databaseOutlivesItsConnections() throws SQLException {
		DataSource database = TestH2.newDatabase();
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("create table kept (id integer)");
		}
		assertThat(TestPostgresTests.queryString(database,
				"select count(*) from information_schema.tables where table_name = 'KEPT'"))
			.isEqualTo("1");
	}

}
