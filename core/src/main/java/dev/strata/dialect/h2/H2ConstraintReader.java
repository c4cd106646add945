package dev.strata.dialect.h2;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.strata.dialect.CatalogSnapshotBuilder;
import dev.strata.model.CheckConstraint;
import dev.strata.model.ForeignKey;
import dev.strata.model.PrimaryKey;
import dev.strata.model.ReferentialAction;
import dev.strata.model.UniqueConstraint;
import org.jspecify.annotations.Nullable;

/**
 * Reads the primary keys, unique constraints, foreign keys and checks of H2's current
 * schema. The key columns of constraints are read in every schema, because a foreign key
 * may reference a table elsewhere.
 */
final class H2ConstraintReader {

	private static final String CONSTRAINTS = """
			select CONSTRAINT_SCHEMA, CONSTRAINT_SCHEMA = SCHEMA() as IN_CURRENT_SCHEMA, CONSTRAINT_NAME,
			       CONSTRAINT_TYPE, TABLE_NAME, INDEX_NAME
			from INFORMATION_SCHEMA.TABLE_CONSTRAINTS
			""";

	private static final String KEY_COLUMNS = """
			select CONSTRAINT_SCHEMA, CONSTRAINT_NAME, COLUMN_NAME, POSITION_IN_UNIQUE_CONSTRAINT
			from INFORMATION_SCHEMA.KEY_COLUMN_USAGE
			order by CONSTRAINT_SCHEMA, CONSTRAINT_NAME, ORDINAL_POSITION
			""";

	/**
	 * The columns of the indexes behind constraints. H2 leaves KEY_COLUMN_USAGE with a
	 * column's old name after the column is renamed (2.4.240), while its indexes follow
	 * the rename, so constraint columns are read from their indexes.
	 */
	private static final String INDEX_COLUMNS = """
			select INDEX_SCHEMA, INDEX_NAME, COLUMN_NAME
			from INFORMATION_SCHEMA.INDEX_COLUMNS
			order by INDEX_SCHEMA, INDEX_NAME, ORDINAL_POSITION
			""";

	private static final String REFERENTIAL_CONSTRAINTS = """
			select CONSTRAINT_NAME, UNIQUE_CONSTRAINT_SCHEMA, UNIQUE_CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE
			from INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS
			where CONSTRAINT_SCHEMA = SCHEMA()
			""";

	private static final String CHECK_CONSTRAINTS = """
			select CONSTRAINT_NAME, CHECK_CLAUSE from INFORMATION_SCHEMA.CHECK_CONSTRAINTS
			where CONSTRAINT_SCHEMA = SCHEMA()
			""";

	private static final String CONSTRAINT_COLUMNS = """
			select CONSTRAINT_NAME, COLUMN_NAME from INFORMATION_SCHEMA.CONSTRAINT_COLUMN_USAGE
			where CONSTRAINT_SCHEMA = SCHEMA()
			""";

	private final Map<String, ConstraintRow> constraints = new LinkedHashMap<>();

	private final Map<String, List<KeyColumn>> keyColumns = new HashMap<>();

	private final Map<String, List<String>> indexColumns = new HashMap<>();

	private final Map<String, ReferentialRow> referentialRows = new HashMap<>();

	private final Map<String, String> checkClauses = new HashMap<>();

	private final Map<String, Set<String>> checkColumns = new HashMap<>();

	/**
	 * Read the constraints of the current schema into the snapshot.
	 * @param statement the statement to run the queries with
	 * @param snapshot where the constraints go
	 * @return the names of the indexes that back primary keys and unique constraints
	 * @throws SQLException if the catalog cannot be read
	 */
	Set<String> read(Statement statement, CatalogSnapshotBuilder snapshot) throws SQLException {
		readRows(statement);
		Set<String> backingIndexes = new HashSet<>();
		for (ConstraintRow constraint : this.constraints.values()) {
			if (!constraint.inCurrentSchema()) {
				continue;
			}
			String table = H2CatalogReader.name(constraint.table());
			String name = H2CatalogReader.name(constraint.name());
			List<String> columns = columns(constraint.schema(), constraint.name());
			switch (constraint.type()) {
				case "PRIMARY KEY" -> {
					backingIndexes.add(String.valueOf(constraint.index()));
					snapshot.setPrimaryKey(table, new PrimaryKey(name, columns));
				}
				case "UNIQUE" -> {
					backingIndexes.add(String.valueOf(constraint.index()));
					snapshot.addUniqueConstraint(table, new UniqueConstraint(name, columns));
				}
				case "FOREIGN KEY" -> snapshot.addForeignKey(table, foreignKey(constraint, name, columns));
				case "CHECK" -> {
					Set<String> used = this.checkColumns.getOrDefault(constraint.name(), Set.of());
					snapshot.addCheck(table, new CheckConstraint(name, this.checkClauses.get(constraint.name()),
							(used.size() == 1) ? H2CatalogReader.name(used.iterator().next()) : null));
				}
				default -> {
					// other kinds of constraint are not part of the model
				}
			}
		}
		return backingIndexes;
	}

	private void readRows(Statement statement) throws SQLException {
		try (ResultSet result = statement.executeQuery(CONSTRAINTS)) {
			while (result.next()) {
				ConstraintRow row = new ConstraintRow(result.getString("CONSTRAINT_SCHEMA"),
						result.getBoolean("IN_CURRENT_SCHEMA"), result.getString("CONSTRAINT_NAME"),
						result.getString("CONSTRAINT_TYPE"), result.getString("TABLE_NAME"),
						result.getString("INDEX_NAME"));
				this.constraints.put(key(row.schema(), row.name()), row);
			}
		}
		try (ResultSet result = statement.executeQuery(KEY_COLUMNS)) {
			while (result.next()) {
				int position = result.getInt("POSITION_IN_UNIQUE_CONSTRAINT");
				this.keyColumns
					.computeIfAbsent(key(result.getString("CONSTRAINT_SCHEMA"), result.getString("CONSTRAINT_NAME")),
							(key) -> new ArrayList<>())
					.add(new KeyColumn(result.getString("COLUMN_NAME"), result.wasNull() ? null : position));
			}
		}
		try (ResultSet result = statement.executeQuery(INDEX_COLUMNS)) {
			while (result.next()) {
				this.indexColumns
					.computeIfAbsent(key(result.getString("INDEX_SCHEMA"), result.getString("INDEX_NAME")),
							(key) -> new ArrayList<>())
					.add(result.getString("COLUMN_NAME"));
			}
		}
		try (ResultSet result = statement.executeQuery(REFERENTIAL_CONSTRAINTS)) {
			while (result.next()) {
				this.referentialRows.put(result.getString("CONSTRAINT_NAME"),
						new ReferentialRow(result.getString("UNIQUE_CONSTRAINT_SCHEMA"),
								result.getString("UNIQUE_CONSTRAINT_NAME"), result.getString("DELETE_RULE"),
								result.getString("UPDATE_RULE")));
			}
		}
		try (ResultSet result = statement.executeQuery(CHECK_CONSTRAINTS)) {
			while (result.next()) {
				this.checkClauses.put(result.getString("CONSTRAINT_NAME"), result.getString("CHECK_CLAUSE"));
			}
		}
		try (ResultSet result = statement.executeQuery(CONSTRAINT_COLUMNS)) {
			while (result.next()) {
				this.checkColumns.computeIfAbsent(result.getString("CONSTRAINT_NAME"), (key) -> new HashSet<>())
					.add(result.getString("COLUMN_NAME"));
			}
		}
	}

	private ForeignKey foreignKey(ConstraintRow constraint, String name, List<String> columns) throws SQLException {
		ReferentialRow rules = this.referentialRows.get(constraint.name());
		ConstraintRow referenced = (rules != null)
				? this.constraints.get(key(rules.uniqueConstraintSchema(), rules.uniqueConstraintName())) : null;
		if (rules == null || referenced == null) {
			throw new SQLException("Foreign key [" + constraint.name() + "] of table [" + constraint.table()
					+ "] references a key that INFORMATION_SCHEMA does not list");
		}
		List<String> referencedKey = columns(referenced.schema(), referenced.name());
		List<String> referencedColumns = new ArrayList<>();
		for (KeyColumn column : this.keyColumns.getOrDefault(key(constraint.schema(), constraint.name()), List.of())) {
			Integer position = column.positionInReferencedKey();
			if (position == null || position < 1 || position > referencedKey.size()) {
				throw new SQLException("Foreign key [" + constraint.name() + "] of table [" + constraint.table()
						+ "]: column [" + column.name() + "] has no position in key [" + referenced.name() + "]");
			}
			referencedColumns.add(referencedKey.get(position - 1));
		}
		return new ForeignKey(name, columns, H2CatalogReader.name(referenced.table()), referencedColumns,
				ReferentialAction.fromSql(rules.deleteRule()), ReferentialAction.fromSql(rules.updateRule()));
	}

	private List<String> columns(String schema, String constraint) {
		List<KeyColumn> keyColumns = this.keyColumns.getOrDefault(key(schema, constraint), List.of());
		ConstraintRow row = this.constraints.get(key(schema, constraint));
		List<String> fromIndex = (row != null && row.index() != null)
				? this.indexColumns.getOrDefault(key(schema, row.index()), List.of()) : List.of();
		List<String> names = (fromIndex.size() >= keyColumns.size() && !keyColumns.isEmpty())
				? fromIndex.subList(0, keyColumns.size()) : keyColumns.stream().map(KeyColumn::name).toList();
		return names.stream().map(H2CatalogReader::name).toList();
	}

	private static String key(String schema, String name) {
		return schema + "." + name;
	}

	private record ConstraintRow(String schema, boolean inCurrentSchema, String name, String type, String table,
			@Nullable String index) {

	}

	private record ReferentialRow(String uniqueConstraintSchema, String uniqueConstraintName, String deleteRule,
			String updateRule) {

	}

	private record KeyColumn(String name, @Nullable Integer positionInReferencedKey) {

	}

}
