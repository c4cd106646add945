package dev.strata.runner;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.model.SchemaSnapshot;

/**
 * Everything a test compares to tell whether a database changed: the tables, columns,
 * constraints, indexes and sequences of the current schema, read from
 * {@code information_schema} and through the dialect's catalog reader, and the rows of
 * the history table without the columns that differ from run to run
 * ({@code installed_on}, {@code execution_ms}).
 */
final class SchemaDump {

	/**
	 * The indexes H2 creates for constraints, whose generated names differ from run to
	 * run and which H2 may merge when it rebuilds a table; the constraints themselves are
	 * compared.
	 */
	private static final Pattern H2_CONSTRAINT_INDEX = Pattern
		.compile(" (primary_key_[0-9a-f]+|\\S+_index_[0-9a-f]+) ");

	private static final Set<String> VOLATILE_HISTORY_COLUMNS = Set.of("installed_on", "execution_ms");

	private SchemaDump() {
	}

	static List<String> of(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			boolean postgres = connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
			List<String> lines = new ArrayList<>();
			lines.addAll(query(connection,
					"select 'column', table_name, column_name, data_type, is_nullable, "
							+ "column_default, character_maximum_length from information_schema.columns "
							+ "where table_schema = current_schema() order by table_name, column_name"));
			lines.addAll(query(connection,
					"select 'constraint', table_name, constraint_name, constraint_type "
							+ "from information_schema.table_constraints where table_schema = current_schema() "
							+ "and constraint_name not like '%not_null' order by table_name, constraint_name"));
			lines.addAll(postgres
					? query(connection,
							"select 'index', tablename, indexname, indexdef from pg_indexes "
									+ "where schemaname = current_schema() order by tablename, indexname")
					: query(connection,
							"select 'index', table_name, index_name, index_type_name "
									+ "from information_schema.indexes where table_schema = current_schema() "
									+ "order by table_name, index_name")
						.stream()
						.filter((line) -> !H2_CONSTRAINT_INDEX.matcher(line).find())
						.toList());
			lines.addAll(query(connection, "select 'sequence', sequence_name from information_schema.sequences "
					+ "where sequence_schema = current_schema() order by sequence_name"));
			Dialect dialect = Dialects.detect(connection);
			SchemaSnapshot catalog = dialect.catalogReader()
				.read(connection, Set.of(HistoryTable.DEFAULT_NAME, HistoryTable.DEFAULT_NAME + "_lock"));
			catalog.tables().forEach((table) -> lines.add("catalog " + table));
			catalog.sequences().forEach((sequence) -> lines.add("catalog " + sequence));
			lines.addAll(history(connection));
			return lines;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static List<String> history(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return history(connection);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> history(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement
					.executeQuery("select * from " + HistoryTable.DEFAULT_NAME + " order by installed_rank")) {
			ResultSetMetaData metaData = rows.getMetaData();
			List<String> lines = new ArrayList<>();
			while (rows.next()) {
				StringBuilder line = new StringBuilder("history");
				for (int i = 1; i <= metaData.getColumnCount(); i++) {
					String column = metaData.getColumnLabel(i).toLowerCase(Locale.ROOT);
					if (!VOLATILE_HISTORY_COLUMNS.contains(column)) {
						line.append(' ').append(column).append('=').append(rows.getObject(i));
					}
				}
				lines.add(line.toString());
			}
			return lines;
		}
		catch (SQLException ex) {
			return List.of("no history table");
		}
	}

	private static List<String> query(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			int columns = rows.getMetaData().getColumnCount();
			List<String> lines = new ArrayList<>();
			while (rows.next()) {
				StringBuilder line = new StringBuilder();
				for (int i = 1; i <= columns; i++) {
					line.append((i > 1) ? " " : "").append(rows.getString(i));
				}
				lines.add(line.toString().toLowerCase(Locale.ROOT));
			}
			return lines;
		}
	}

}
