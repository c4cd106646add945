package dev.strata.runner;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import dev.strata.dialect.Dialect;
import dev.strata.model.Column;
import dev.strata.model.ColumnType;
import dev.strata.model.PrimaryKey;
import dev.strata.model.SchemaSnapshot;
import dev.strata.model.Table;
import dev.strata.model.TypeKind;
import dev.strata.operation.ConstraintNaming;
import dev.strata.operation.CreateTable;
import dev.strata.operation.DropTable;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The history table ({@code migrations.table}, {@value #DEFAULT_NAME} by default): an
 * append-only log of what was done to the schema, one row per event. Its columns:
 * <ul>
 * <li>{@code installed_rank} integer, primary key: the position in the log, from 1</li>
 * <li>{@code version} bigint: the migration version</li>
 * <li>{@code description} varchar(200): the migration description</li>
 * <li>{@code type} varchar(20): {@code MIGRATE}, {@code ROLLBACK}, {@code BASELINE},
 * {@code REPAIR} or {@code DELETE} ({@link HistoryEventType})</li>
 * <li>{@code class_name} varchar(1000): the fully qualified class name</li>
 * <li>{@code checksum} varchar(64), nullable: the checksum of the operations, followed,
 * for migrations found as classes, by {@code /} and the {@linkplain ClassFileHash hash of
 * the migration's class files}, so that a later run can trust the checksum of an
 * unchanged migration without loading it. The hash is a cache: a run that finds the class
 * files changed but the checksum equal rewrites it, the one change made to a row.</li>
 * <li>{@code installed_by} varchar(100): the database user</li>
 * <li>{@code installed_on} timestamp with time zone: when it finished</li>
 * <li>{@code execution_ms} bigint: how long it took</li>
 * <li>{@code success} boolean: whether it succeeded</li>
 * <li>{@code error_message} text, nullable: for a failure that could not be undone, what
 * failed and which statements stayed applied</li>
 * </ul>
 * The table is created through the dialect, from a {@link Table} model, so every database
 * spells the types its own way. It is read with one query.
 */
public final class HistoryTable {

	private static final Logger logger = LoggerFactory.getLogger(HistoryTable.class);

	/** The default name of the history table. */
	public static final String DEFAULT_NAME = "strata_schema_history";

	/** Separates the checksum from the class hash in the {@code checksum} column. */
	static final char CLASS_HASH_SEPARATOR = '/';

	static final int DESCRIPTION_LENGTH = 200;

	static final int CLASS_NAME_LENGTH = 1000;

	static final int INSTALLED_BY_LENGTH = 100;

	private static final List<String> COLUMNS = List.of("installed_rank", "version", "description", "type",
			"class_name", "checksum", "installed_by", "installed_on", "execution_ms", "success", "error_message");

	private final Dialect dialect;

	private final String name;

	private final String selectSql;

	private final @Nullable String selectUnlessUpToDateSql;

	private final @Nullable String isUpToDateSql;

	private final String insertSql;

	private final String updateClassHashSql;

	/**
	 * Create the history table of the given name.
	 * @param dialect the dialect of the database
	 * @param name the table name
	 */
	public HistoryTable(Dialect dialect, String name) {
		this.dialect = Objects.requireNonNull(dialect, "'dialect' must not be null");
		this.name = Objects.requireNonNull(name, "'name' must not be null");
		String columns = String.join(", ", COLUMNS.stream().map(dialect::identifier).toList());
		this.selectSql = "select " + columns + " from " + dialect.identifier(name) + " order by "
				+ dialect.identifier("installed_rank");
		String historyText = UpToDateHistory.query(dialect, dialect.identifier(name));
		// Whether the history's text is the one given as the parameter.
		String upToDate = (historyText != null) ? "coalesce((" + historyText + ") = ?, false)" : null;
		this.selectUnlessUpToDateSql = (upToDate != null) ? selectUnlessUpToDateSql(dialect, name, columns, upToDate)
				: null;
		this.isUpToDateSql = (upToDate != null) ? "select " + upToDate : null;
		this.insertSql = "insert into " + dialect.identifier(name) + " (" + columns + ") values ("
				+ String.join(", ", COLUMNS.stream().map((column) -> "?").toList()) + ")";
		this.updateClassHashSql = "update " + dialect.identifier(name) + " set " + dialect.identifier("checksum")
				+ " = ? where " + dialect.identifier("installed_rank") + " = ?";
	}

	/**
	 * Return the table name.
	 * @return the name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Return the table's definition.
	 * @return the table
	 */
	public Table definition() {
		List<Column> columns = List.of(Column.of("installed_rank", ColumnType.of(TypeKind.INTEGER)),
				Column.of("version", ColumnType.of(TypeKind.BIGINT)),
				Column.of("description", ColumnType.varchar(DESCRIPTION_LENGTH)),
				Column.of("type", ColumnType.varchar(20)),
				Column.of("class_name", ColumnType.varchar(CLASS_NAME_LENGTH)),
				Column.of("checksum", ColumnType.varchar(64)).withNullable(true),
				Column.of("installed_by", ColumnType.varchar(INSTALLED_BY_LENGTH)),
				Column.of("installed_on", ColumnType.of(TypeKind.TIMESTAMP_TZ)),
				Column.of("execution_ms", ColumnType.of(TypeKind.BIGINT)),
				Column.of("success", ColumnType.of(TypeKind.BOOLEAN)),
				Column.of("error_message", ColumnType.of(TypeKind.TEXT)).withNullable(true));
		return Table.named(this.name)
			.withColumns(columns)
			.withPrimaryKey(new PrimaryKey(ConstraintNaming.primaryKey(this.name), List.of("installed_rank")));
	}

	/**
	 * Read every row, in one query.
	 * @param connection the connection, in auto-commit mode (a failed query must not
	 * abort a transaction)
	 * @return the rows in log order, empty if the table does not exist
	 * @throws SQLException if the table exists but cannot be read
	 */
	public List<HistoryEntry> read(Connection connection) throws SQLException {
		return readIfExists(connection).orElse(List.of());
	}

	/**
	 * Read every row, in one query, telling a missing table from an empty one.
	 * @param connection the connection, in auto-commit mode (a failed query must not
	 * abort a transaction)
	 * @return the rows in log order, or nothing if the table does not exist
	 * @throws SQLException if the table exists but cannot be read
	 */
	public Optional<List<HistoryEntry>> readIfExists(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(this.selectSql)) {
			return Optional.of(new HistoryRowReader(this.name).read(rows));
		}
		catch (SQLException ex) {
			if (exists(connection)) {
				List<String> missing = missingColumns(connection);
				if (!missing.isEmpty()) {
					throw notStrataHistory(missing, ex);
				}
				throw ex;
			}
			return Optional.empty();
		}
	}

	/**
	 * Read every row in one query, unless the table is in the given state: then the query
	 * returns one row that says so instead of the history. On a database that cannot
	 * write its history as {@link UpToDateHistory} text, read every row; if the database
	 * fails to run that query, read every row with a second one.
	 * @param connection the connection, in auto-commit mode (a failed query must not
	 * abort a transaction)
	 * @param expected the history when a run has nothing to do, {@code null} to read
	 * every row
	 * @return what was read
	 * @throws SQLException if the table exists but cannot be read
	 */
	HistoryRead readUnlessUpToDate(Connection connection, @Nullable UpToDateHistory expected) throws SQLException {
		if (expected == null || this.selectUnlessUpToDateSql == null) {
			return new HistoryRead.Rows(readIfExists(connection));
		}
		// Prepared for each read, never executed twice: H2 keeps the result of a common
		// table expression for the next execution of the same statement.
		try (PreparedStatement statement = connection.prepareStatement(this.selectUnlessUpToDateSql)) {
			statement.setString(1, expected.text());
			try (ResultSet rows = statement.executeQuery()) {
				boolean onRow = rows.next();
				if (onRow && rows.getBoolean(COLUMNS.size() + 1)) {
					return new HistoryRead.UpToDate(expected.currentVersion());
				}
				return new HistoryRead.Rows(Optional.of(new HistoryRowReader(this.name).read(rows, onRow)));
			}
		}
		catch (SQLException ex) {
			// No table (a first run), another tool's table, or a query this database
			// cannot run (a compatibility mode, say): reading every row tells the last
			// two apart.
			try {
				if (!exists(connection)) {
					return new HistoryRead.Rows(Optional.empty());
				}
				logger.debug("The history table [{}] could not be compared in one query; reading every row", this.name,
						ex);
				return new HistoryRead.Rows(readIfExists(connection));
			}
			catch (SQLException | RuntimeException again) {
				again.addSuppressed(ex);
				throw again;
			}
		}
	}

	/**
	 * Tell whether the table is in the given state, with one query that returns one value
	 * and no row of the history.
	 * @param connection the connection
	 * @param expected the history when a run has nothing to do
	 * @return whether the table is in that state; {@code false} if the database cannot
	 * write its history as {@link UpToDateHistory} text
	 * @throws SQLException if the table is missing or cannot be read
	 */
	boolean isUpToDate(Connection connection, UpToDateHistory expected) throws SQLException {
		if (this.isUpToDateSql == null) {
			return false;
		}
		try (PreparedStatement statement = connection.prepareStatement(this.isUpToDateSql)) {
			statement.setString(1, expected.text());
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

	/**
	 * Return the query that reads every row unless the table is in the state given as its
	 * parameter: the rows with {@code false} after their columns, or one row of nulls and
	 * {@code true}. The comparison is joined to the rows, not asked for in a subquery of
	 * their condition, which H2 evaluated again for every row (3,000 rows took 20 s).
	 */
	private static String selectUnlessUpToDateSql(Dialect dialect, String name, String columns, String upToDate) {
		return "with strata_up_to_date as (select " + upToDate + " as up_to_date) select " + columns + ", false from "
				+ dialect.identifier(name)
				+ " cross join strata_up_to_date where not strata_up_to_date.up_to_date union all select "
				+ String.join(", ", COLUMNS.stream().map((column) -> "null").toList())
				+ ", true from strata_up_to_date where up_to_date order by " + dialect.identifier("installed_rank");
	}

	private MigrationException notStrataHistory(List<String> missing, SQLException cause) {
		return new MigrationException("The history table [" + this.name + "] exists but was not created by Strata: "
				+ "it has no column " + String.join(", ", missing.stream().map((column) -> "[" + column + "]").toList())
				+ " (Strata's history table has the columns " + String.join(", ", COLUMNS)
				+ "). Another tool may use this name. Set migrations.table to a name of Strata's own, or move that "
				+ "table out of the way. Nothing was run.", null, null, this.name, null, null, cause);
	}

	/**
	 * Return the columns of the history table that the existing table lacks.
	 */
	private List<String> missingColumns(Connection connection) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		List<String> present = new ArrayList<>();
		try (ResultSet columns = metaData.getColumns(connection.getCatalog(), connection.getSchema(),
				storedName(metaData), null)) {
			while (columns.next()) {
				present.add(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
			}
		}
		return COLUMNS.stream().filter((column) -> !present.contains(column)).toList();
	}

	/**
	 * Create the table.
	 * @param connection the connection
	 * @throws SQLException if the table cannot be created
	 */
	public void create(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String sql : this.dialect.statements(new CreateTable(definition()), SchemaSnapshot.empty())) {
				statement.execute(sql);
			}
		}
	}

	/**
	 * Drop the table, which a failed first run created.
	 * @param connection the connection
	 * @throws SQLException if the table cannot be dropped
	 */
	void drop(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String sql : this.dialect.statements(new DropTable(this.name, false),
					SchemaSnapshot.empty().withTable(definition()))) {
				statement.execute(sql);
			}
		}
	}

	/**
	 * Append rows, in one batch.
	 * @param connection the connection
	 * @param entries the rows
	 * @throws SQLException if the rows cannot be written
	 */
	public void append(Connection connection, List<HistoryEntry> entries) throws SQLException {
		if (entries.isEmpty()) {
			return;
		}
		try (PreparedStatement statement = connection.prepareStatement(this.insertSql)) {
			for (HistoryEntry entry : entries) {
				bind(statement, entry);
				if (entries.size() > 1) {
					statement.addBatch();
				}
			}
			if (entries.size() > 1) {
				statement.executeBatch();
			}
			else {
				statement.executeUpdate();
			}
		}
	}

	/**
	 * Record the class hashes of rows, in one batch: a later run then trusts these rows'
	 * checksums for unchanged classes.
	 * @param connection the connection
	 * @param rows the rows, with their new class hash
	 * @throws SQLException if the rows cannot be updated
	 */
	void updateClassHashes(Connection connection, List<HistoryEntry> rows) throws SQLException {
		if (rows.isEmpty()) {
			return;
		}
		try (PreparedStatement statement = connection.prepareStatement(this.updateClassHashSql)) {
			for (HistoryEntry row : rows) {
				statement.setString(1, checksumColumn(row));
				statement.setInt(2, row.installedRank());
				statement.addBatch();
			}
			statement.executeBatch();
		}
	}

	/**
	 * Return the value of the {@code checksum} column of a row: the checksum, then
	 * {@code /} and the class hash if there is one.
	 */
	private static @Nullable String checksumColumn(HistoryEntry row) {
		if (row.checksum() == null || row.classHash() == null) {
			return row.checksum();
		}
		return row.checksum() + CLASS_HASH_SEPARATOR + row.classHash();
	}

	/**
	 * Return whether the table exists in the connection's current schema, as the catalog
	 * stores the name (upper case on H2, lower case on PostgreSQL, as written when
	 * quoted).
	 */
	private boolean exists(Connection connection) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		String stored = storedName(metaData);
		try (ResultSet tables = metaData.getTables(connection.getCatalog(), connection.getSchema(), stored, null)) {
			while (tables.next()) {
				if (tables.getString("TABLE_NAME").equals(stored)) {
					return true;
				}
			}
			return false;
		}
	}

	private String storedName(DatabaseMetaData metaData) throws SQLException {
		String quoted = this.dialect.identifier(this.name);
		return !quoted.equals(this.name) ? this.name
				: metaData.storesUpperCaseIdentifiers() ? this.name.toUpperCase(Locale.ROOT)
						: metaData.storesLowerCaseIdentifiers() ? this.name.toLowerCase(Locale.ROOT) : this.name;
	}

	private static void bind(PreparedStatement statement, HistoryEntry entry) throws SQLException {
		statement.setInt(1, entry.installedRank());
		statement.setLong(2, entry.version());
		statement.setString(3, truncate(entry.description(), DESCRIPTION_LENGTH));
		statement.setString(4, entry.type().name());
		statement.setString(5, truncate(entry.className(), CLASS_NAME_LENGTH));
		statement.setString(6, checksumColumn(entry));
		statement.setString(7, truncate(entry.installedBy(), INSTALLED_BY_LENGTH));
		statement.setObject(8, OffsetDateTime.ofInstant(entry.installedOn(), ZoneOffset.UTC));
		statement.setLong(9, entry.executionMs());
		statement.setBoolean(10, entry.success());
		if (entry.errorMessage() != null) {
			statement.setString(11, entry.errorMessage());
		}
		else {
			statement.setNull(11, Types.VARCHAR);
		}
	}

	private static String truncate(String value, int length) {
		return (value.length() <= length) ? value : value.substring(0, length);
	}

}
