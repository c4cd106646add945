package dev.strata.reliability;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.model.SchemaSnapshot;
import dev.strata.model.Table;
import dev.strata.runner.HistoryEntry;
import dev.strata.runner.HistoryTable;

/**
 * What a test compares to tell whether a database is in a given state: its schema as the
 * dialect's catalog reader sees it (without Strata's own tables), the number of rows of
 * each table, and the history rows without what differs from run to run.
 *
 * @param catalog the tables and sequences
 * @param rows the row count of each table
 * @param history the history rows: rank, version, type, success and checksum
 */
record DatabaseState(List<String> catalog, List<String> rows, List<String> history) {

	static DatabaseState of(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			Dialect dialect = Dialects.detect(connection);
			SchemaSnapshot schema = dialect.catalogReader()
				.read(connection, Set.of(HistoryTable.DEFAULT_NAME, HistoryTable.DEFAULT_NAME + "_lock"));
			List<String> catalog = new ArrayList<>();
			schema.tables().forEach((table) -> catalog.add(table.toString()));
			schema.sequences().forEach((sequence) -> catalog.add(sequence.toString()));
			List<String> rows = new ArrayList<>();
			for (Table table : schema.tables()) {
				try (Statement statement = connection.createStatement();
						ResultSet result = statement
							.executeQuery("select count(*) from " + dialect.identifier(table.name()))) {
					result.next();
					rows.add(table.name() + "=" + result.getLong(1));
				}
			}
			List<String> history = new HistoryTable(dialect, HistoryTable.DEFAULT_NAME).read(connection)
				.stream()
				.map(DatabaseState::describe)
				.toList();
			return new DatabaseState(catalog, rows, history);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String describe(HistoryEntry entry) {
		return entry.installedRank() + " v" + entry.version() + " " + entry.type() + " success=" + entry.success()
				+ " checksum=" + entry.checksum();
	}

}
