package dev.strata.dialect.h2;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.strata.dialect.CatalogReader;
import dev.strata.dialect.CatalogSnapshotBuilder;
import dev.strata.dialect.DefaultValueParser;
import dev.strata.model.Column;
import dev.strata.model.Index;
import dev.strata.model.SchemaSnapshot;
import dev.strata.model.Sequence;

/**
 * Reads the current schema ({@code SCHEMA()}) of an H2 2.x database from its
 * {@code INFORMATION_SCHEMA}, in a fixed number of queries whatever the number of tables.
 * <p>
 * Each query reads one catalog view on its own and the rows are joined here: H2 joins its
 * information schema views by nested scans, so a join of two views takes seconds for a
 * few hundred tables. Names that H2 stores in upper case (unquoted identifiers) are
 * reported in lower case, {@code BLOGS} as {@code blogs}; a name with a lower-case letter
 * was quoted and stays as it is. Indexes that H2 creates for constraints (primary and
 * unique keys, foreign keys) are not reported as indexes.
 */
public final class H2CatalogReader implements CatalogReader {

	private static final String TABLES = """
			select TABLE_NAME from INFORMATION_SCHEMA.TABLES
			where TABLE_SCHEMA = SCHEMA() and TABLE_TYPE = 'BASE TABLE'
			order by TABLE_NAME
			""";

	private static final String ENUM_VALUES = """
			select OBJECT_NAME, ENUM_IDENTIFIER, VALUE_NAME from INFORMATION_SCHEMA.ENUM_VALUES
			where OBJECT_SCHEMA = SCHEMA() and OBJECT_TYPE = 'TABLE'
			order by OBJECT_NAME, ENUM_IDENTIFIER, VALUE_ORDINAL
			""";

	private static final String INDEXES = """
			select INDEX_NAME, IS_GENERATED from INFORMATION_SCHEMA.INDEXES
			where TABLE_SCHEMA = SCHEMA()
			""";

	private static final String INDEX_COLUMNS = """
			select TABLE_NAME, INDEX_NAME, COLUMN_NAME, IS_UNIQUE from INFORMATION_SCHEMA.INDEX_COLUMNS
			where TABLE_SCHEMA = SCHEMA()
			order by TABLE_NAME, INDEX_NAME, ORDINAL_POSITION
			""";

	private static final String SEQUENCES = """
			select SEQUENCE_NAME, START_VALUE, INCREMENT from INFORMATION_SCHEMA.SEQUENCES
			where SEQUENCE_SCHEMA = SCHEMA()
			order by SEQUENCE_NAME
			""";

	@Override
	public SchemaSnapshot read(Connection connection, Set<String> excludedTables) throws SQLException {
		CatalogSnapshotBuilder snapshot = new CatalogSnapshotBuilder(excludedTables);
		try (Statement statement = connection.createStatement()) {
			try (ResultSet result = statement.executeQuery(TABLES)) {
				while (result.next()) {
					snapshot.addTable(name(result.getString("TABLE_NAME")));
				}
			}
			readColumns(statement, snapshot);
			Set<String> constraintIndexes = new H2ConstraintReader().read(statement, snapshot);
			readIndexes(statement, constraintIndexes, snapshot);
			try (ResultSet result = statement.executeQuery(SEQUENCES)) {
				while (result.next()) {
					snapshot.addSequence(new Sequence(name(result.getString("SEQUENCE_NAME")),
							result.getLong("START_VALUE"), result.getLong("INCREMENT")));
				}
			}
		}
		return snapshot.build();
	}

	/**
	 * Return a name as Strata reports it: lower case if H2 stores it in upper case.
	 * @param stored the name as H2 stores it
	 * @return the reported name
	 */
	static String name(String stored) {
		return stored.equals(stored.toUpperCase(Locale.ROOT)) ? stored.toLowerCase(Locale.ROOT) : stored;
	}

	private static void readColumns(Statement statement, CatalogSnapshotBuilder snapshot) throws SQLException {
		Map<String, List<String>> enumValues = new HashMap<>();
		try (ResultSet result = statement.executeQuery(ENUM_VALUES)) {
			while (result.next()) {
				enumValues
					.computeIfAbsent(result.getString("OBJECT_NAME") + "\u0000" + result.getString("ENUM_IDENTIFIER"),
							(key) -> new ArrayList<>())
					.add(result.getString("VALUE_NAME"));
			}
		}
		try (ResultSet result = statement.executeQuery(H2ColumnRow.QUERY)) {
			while (result.next()) {
				H2ColumnRow row = H2ColumnRow.of(result);
				List<String> values = enumValues.getOrDefault(row.table() + "\u0000" + row.dtdIdentifier(), List.of());
				snapshot.addColumn(name(row.table()),
						new Column(name(row.name()), H2TypeMapper.map(row, values), row.nullable(),
								row.identity() ? null : DefaultValueParser.parse(row.defaultValue()), row.identity()));
			}
		}
	}

	private static void readIndexes(Statement statement, Set<String> constraintIndexes, CatalogSnapshotBuilder snapshot)
			throws SQLException {
		Set<String> skipped = new HashSet<>(constraintIndexes);
		try (ResultSet result = statement.executeQuery(INDEXES)) {
			while (result.next()) {
				if (result.getBoolean("IS_GENERATED")) {
					skipped.add(result.getString("INDEX_NAME"));
				}
			}
		}
		Map<String, IndexRow> indexes = new LinkedHashMap<>();
		try (ResultSet result = statement.executeQuery(INDEX_COLUMNS)) {
			while (result.next()) {
				String index = result.getString("INDEX_NAME");
				if (skipped.contains(index)) {
					continue;
				}
				IndexRow row = indexes.get(index);
				if (row == null) {
					row = new IndexRow(result.getString("TABLE_NAME"), new ArrayList<>(),
							result.getBoolean("IS_UNIQUE"));
					indexes.put(index, row);
				}
				row.columns().add(name(result.getString("COLUMN_NAME")));
			}
		}
		indexes.forEach((index, row) -> snapshot.addIndex(name(row.table()),
				new Index(name(index), row.columns(), row.unique())));
	}

	private record IndexRow(String table, List<String> columns, boolean unique) {

	}

}
