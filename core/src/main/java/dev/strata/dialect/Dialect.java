package dev.strata.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import dev.strata.model.ColumnType;
import dev.strata.model.SchemaSnapshot;
import dev.strata.operation.SchemaOperation;
import org.jspecify.annotations.Nullable;

/**
 * A database as Strata sees it: how operations become SQL, how its types are written,
 * parsed and compared, how identifiers are quoted, and how its catalog is read.
 */
public interface Dialect {

	/**
	 * Return the name of the database, as users know it.
	 * @return the name, for example {@code PostgreSQL}
	 */
	String name();

	/**
	 * Return the SQL statements that perform an operation.
	 * @param operation the operation
	 * @param before the schema before the operation, which resolves names (a foreign key
	 * dropped by its columns) and tells what an altered column was
	 * @return the statements, in order
	 */
	List<String> statements(SchemaOperation operation, SchemaSnapshot before);

	/**
	 * Return an identifier as it must appear in SQL: as it is when it is a plain,
	 * unreserved identifier, quoted and escaped otherwise.
	 * @param name the identifier
	 * @return the SQL text
	 */
	String identifier(String name);

	/**
	 * Return the longest identifier the database accepts.
	 * @return the maximum length in characters
	 */
	int maxIdentifierLength();

	/**
	 * Return whether DDL statements take part in transactions (and roll back with them).
	 * @return whether DDL is transactional
	 */
	boolean supportsTransactionalDdl();

	/**
	 * Return the SQL spelling of a column type.
	 * @param type the type
	 * @return the SQL type
	 */
	String typeName(ColumnType type);

	/**
	 * Parse an SQL type as this database or Hibernate spells it for this database
	 * ({@code varchar(255)}, {@code timestamp(6) with time zone}, {@code numeric(38,2)}).
	 * A type Strata does not know becomes a {@link dev.strata.model.TypeKind#CUSTOM}
	 * type.
	 * @param sqlType the SQL type
	 * @return the column type
	 */
	ColumnType parseType(String sqlType);

	/**
	 * Return the form of a type that this database actually stores, so that two types are
	 * the same on this database exactly when their canonical forms are equal: defaults
	 * are made explicit, synonyms are merged, parameters the database ignores are
	 * dropped.
	 * @param type the type
	 * @return the canonical type
	 */
	ColumnType canonicalType(ColumnType type);

	/**
	 * Return what changing a column from one type to another loses on this database that
	 * the conversion of its values does not show, if anything; for example, PostgreSQL
	 * converts a large object's reference to a number and leaves its contents behind.
	 * @param from the column's canonical type now
	 * @param to its canonical type after the change
	 * @return what is lost and how to keep it, or {@code null}
	 */
	default @Nullable String dataLostByTypeChange(ColumnType from, ColumnType to) {
		return null;
	}

	/**
	 * Return whether this database keeps an {@link dev.strata.model.TypeKind#ENUM} as a
	 * {@code varchar} column with an {@code in (...)} check constraint, rather than as a
	 * native type; a {@code varchar} column with such a check then reads as an
	 * enumeration, whatever created it.
	 * @return whether enumerations are checked {@code varchar} columns
	 */
	boolean storesEnumerationsAsChecks();

	/**
	 * Return the reader of this database's catalog.
	 * @return the catalog reader
	 */
	CatalogReader catalogReader();

	/**
	 * Return the lock that serializes migration runs on this database.
	 * @return the lock
	 */
	MigrationLock migrationLock();

	/**
	 * Prepare the session that applies migrations, so that it does not outlive its
	 * client: a process killed in the middle of a long statement must not leave a server
	 * session behind that keeps running it, holding the locks of an open transaction that
	 * the next run would wait for. Does nothing by default.
	 * @param connection the connection that applies migrations
	 * @throws SQLException if the database fails
	 */
	default void prepareMigrationSession(Connection connection) throws SQLException {
	}

	/**
	 * Return an aggregate expression that joins the text values of a group, taken in the
	 * given order, with line feeds, and is {@code null} for an empty group. None by
	 * default: a run on such a database then reads every history row to tell that nothing
	 * is pending.
	 * @param text the text expression, never {@code null} for a row of the group
	 * @param orderBy the expression that orders the values
	 * @return the aggregate expression, or {@code null} if the database has none
	 */
	default @Nullable String linesAggregate(String text, String orderBy) {
		return null;
	}

	/**
	 * Make sure that what a migration transaction just committed survives if this process
	 * dies now. Databases that write their log before a commit returns need nothing,
	 * which is the default; an embedded database that runs inside this process and writes
	 * commits to disk later (H2) flushes them.
	 * @param connection the connection that committed
	 * @throws SQLException if the database fails
	 */
	default void flushCommitted(Connection connection) throws SQLException {
	}

}
