package dev.strata.reliability;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import dev.strata.Strata;
import dev.strata.migration.Migration;
import dev.strata.migration.Schema;
import dev.strata.runner.MigrationStatusReport;
import dev.strata.runner.RunnerSettings;
import dev.strata.testing.TestH2;
import dev.strata.testing.TestPostgresSchemas;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names built to break SQL (quotes, semicolons, comment markers) are quoted, never
 * spliced: every object gets exactly the name it was given and nothing else happens, and
 * a string default is stored as that string.
 */
class HostileIdentifierTests {

	static final String TABLE = "t\"; drop table victims; --";

	static final String QUOTE_COLUMN = "a'b\"c";

	static final String SEMICOLON_COLUMN = "x; delete from victims";

	static final String COMMENT_COLUMN = "y/* z */--";

	static final String INDEX = "i\"x; drop table victims";

	static final String DEFAULT = "'); drop table victims; --";

	static final String HISTORY = "h\"; drop table victims; --";

	enum Database {

		H2(TestH2::newDatabase), POSTGRESQL(TestPostgresSchemas::newSchema);

		private final Supplier<DataSource> factory;

		Database(Supplier<DataSource> factory) {
			this.factory = factory;
		}

	}

	@ParameterizedTest
	@EnumSource(Database.class)
	void hostileNamesAreQuotedAndCreateExactlyTheObjectsNamed(Database database) throws SQLException {
		DataSource dataSource = database.factory.get();
		Strata strata = Strata.builder(dataSource)
			.migrations(List.of(new V1_CreateVictims(), new V2_CreateHostile(), new V3_AlterHostile()))
			.settings(RunnerSettings.defaults().withTable(HISTORY))
			.build();
		assertThat(strata.migrate().applied()).hasSize(3);
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			List<String> expected = new ArrayList<>(List.of("victims", TABLE, HISTORY));
			if (database == Database.H2) {
				// the table-row lock's table, named after the history table
				expected.add(HISTORY + "_lock");
			}
			assertThat(tables(connection)).containsExactlyInAnyOrderElementsOf(expected);
			assertThat(columns(metaData, connection, TABLE)).containsExactly("id", QUOTE_COLUMN, SEMICOLON_COLUMN,
					COMMENT_COLUMN, "note");
			assertThat(count(connection, "victims")).isEqualTo(1);
			try (Statement statement = connection.createStatement()) {
				statement.execute("insert into " + quote(TABLE) + " (" + quote(QUOTE_COLUMN) + ", "
						+ quote(SEMICOLON_COLUMN) + ", " + quote(COMMENT_COLUMN) + ") values (1, 2, 3)");
				try (ResultSet rows = statement.executeQuery("select note from " + quote(TABLE))) {
					rows.next();
					assertThat(rows.getString(1)).isEqualTo(DEFAULT);
				}
			}
			assertThat(indexes(metaData, connection, TABLE)).contains(INDEX);
		}
		MigrationStatusReport report = strata.status();
		assertThat(report.isUpToDate()).isTrue();
		assertThat(report.currentVersion()).isEqualTo(3L);
	}

	static final class V1_CreateVictims implements Migration {

		@Override
		public void up(Schema schema) {
			schema.create("victims", (table) -> table.integer("id"));
			schema.sql("insert into victims values (1)");
		}

	}

	static final class V2_CreateHostile implements Migration {

		@Override
		public void up(Schema schema) {
			schema.create(TABLE, (table) -> {
				table.increments("id");
				table.integer(QUOTE_COLUMN);
				table.integer(SEMICOLON_COLUMN);
				table.integer(COMMENT_COLUMN).nullable();
			});
		}

	}

	static final class V3_AlterHostile implements Migration {

		@Override
		public void up(Schema schema) {
			schema.table(TABLE, (table) -> {
				table.string("note", 100).defaultValue(DEFAULT);
				table.index(SEMICOLON_COLUMN).name(INDEX);
			});
		}

	}

	private static String quote(String name) {
		return '"' + name.replace("\"", "\"\"") + '"';
	}

	private static List<String> tables(Connection connection) throws SQLException {
		List<String> names = new ArrayList<>();
		try (ResultSet rows = connection.getMetaData()
			.getTables(connection.getCatalog(), connection.getSchema(), null, new String[] { "TABLE" })) {
			while (rows.next()) {
				names.add(lower(rows.getString("TABLE_NAME")));
			}
		}
		return names;
	}

	private static List<String> columns(DatabaseMetaData metaData, Connection connection, String table)
			throws SQLException {
		List<String> names = new ArrayList<>();
		try (ResultSet rows = metaData.getColumns(connection.getCatalog(), connection.getSchema(), table, null)) {
			while (rows.next()) {
				names.add(lower(rows.getString("COLUMN_NAME")));
			}
		}
		return names;
	}

	private static List<String> indexes(DatabaseMetaData metaData, Connection connection, String table)
			throws SQLException {
		List<String> names = new ArrayList<>();
		try (ResultSet rows = metaData.getIndexInfo(connection.getCatalog(), connection.getSchema(), table, false,
				false)) {
			while (rows.next()) {
				names.add(rows.getString("INDEX_NAME"));
			}
		}
		return names;
	}

	/**
	 * Lower-case what H2 folded to upper case (the unquoted {@code victims}, {@code id},
	 * {@code note}); quoted names keep their case and are all lower case here.
	 */
	private static String lower(String name) {
		return name.toLowerCase(java.util.Locale.ROOT);
	}

	private static long count(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
