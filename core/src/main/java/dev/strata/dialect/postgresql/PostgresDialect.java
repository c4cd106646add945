package dev.strata.dialect.postgresql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.strata.dialect.CatalogReader;
import dev.strata.dialect.MigrationLock;
import dev.strata.dialect.StandardDialect;
import dev.strata.model.Column;
import dev.strata.model.ColumnType;
import dev.strata.model.Table;
import dev.strata.model.TypeKind;
import dev.strata.operation.ConstraintNaming;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL. DDL is transactional. Types follow Hibernate's PostgreSQL mapping, so a
 * migration builds what Hibernate would: JSON is {@code jsonb}, large objects are
 * {@code oid}, an enumeration is a {@code varchar} with a check constraint named
 * {@code table_column_check}. PostgreSQL has no unsigned integers: {@code unsigned()}
 * leaves the type signed.
 */
public class PostgresDialect extends StandardDialect {

	private static final int DEFAULT_TEMPORAL_PRECISION = 6;

	private static final int DEFAULT_ENUM_LENGTH = 255;

	@Override
	public String name() {
		return "PostgreSQL";
	}

	@Override
	public int maxIdentifierLength() {
		return 63;
	}

	@Override
	public boolean supportsTransactionalDdl() {
		return true;
	}

	@Override
	public String linesAggregate(String text, String orderBy) {
		return "string_agg(" + text + ", chr(10) order by " + orderBy + ")";
	}

	/**
	 * Make the server check every second, while a statement runs, that the client is
	 * still connected ({@code client_connection_check_interval}, PostgreSQL 14 and later
	 * on Linux and similar systems). Without it, the session of a process killed during a
	 * long statement runs on until the statement ends, holding the locks of its
	 * uncommitted transaction, so the next run waits for it; with it, the server ends the
	 * session and rolls back within a second. The setting lasts for the session.
	 */
	@Override
	public void prepareMigrationSession(Connection connection) throws SQLException {
		if (connection.getMetaData().getDatabaseMajorVersion() < 14) {
			return;
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("set client_connection_check_interval = 1000");
		}
	}

	@Override
	protected Set<String> reservedWords() {
		return PostgresReservedWords.WORDS;
	}

	@Override
	public boolean storesEnumerationsAsChecks() {
		return true;
	}

	@Override
	public String typeName(ColumnType type) {
		return switch (type.kind()) {
			case TINYINT, SMALLINT -> "smallint";
			case INTEGER -> "integer";
			case BIGINT -> "bigint";
			case DECIMAL -> "numeric" + parameters(type.precision(), type.scale());
			case REAL -> "real";
			case DOUBLE -> "double precision";
			case BOOLEAN -> "boolean";
			case CHAR -> "char" + parameters(type.length(), null);
			case VARCHAR -> "varchar" + parameters(type.length(), null);
			case ENUM -> "varchar(" + Objects.requireNonNullElse(type.length(), DEFAULT_ENUM_LENGTH) + ")";
			case TEXT -> "text";
			case CLOB, BLOB -> "oid";
			case DATE -> "date";
			case TIME -> "time" + parameters(type.precision(), null);
			case TIME_TZ -> "time" + parameters(type.precision(), null) + " with time zone";
			case TIMESTAMP -> "timestamp" + parameters(type.precision(), null);
			case TIMESTAMP_TZ -> "timestamp" + parameters(type.precision(), null) + " with time zone";
			case INTERVAL_SECOND -> "interval second" + parameters(type.precision(), null);
			case BINARY -> "bytea";
			case UUID -> "uuid";
			case JSON -> "jsonb";
			case CUSTOM -> Objects.requireNonNull(type.definition());
		};
	}

	@Override
	protected @Nullable ColumnType parseSpecificType(String name, List<Integer> parameters) {
		return switch (name) {
			case "jsonb" -> ColumnType.of(TypeKind.JSON);
			case "json" -> ColumnType.custom("json");
			case "oid" -> ColumnType.custom("oid");
			case "bytea" -> ColumnType.of(TypeKind.BINARY);
			default -> null;
		};
	}

	@Override
	public @Nullable String dataLostByTypeChange(ColumnType from, ColumnType to) {
		ColumnType largeObject = ColumnType.custom("oid");
		if (!from.equals(largeObject) || to.equals(largeObject)) {
			return null;
		}
		return "PostgreSQL stores a @Lob in a large object and the column holds its oid, so the column gets the "
				+ "oid's number, not the contents, which are lost. Copy the contents first (text: "
				+ "convert_from(lo_get(column), 'UTF8'); bytes: lo_get(column)) into a new column with schema.sql, "
				+ "then unlink the large objects (lo_unlink).";
	}

	@Override
	public ColumnType canonicalType(ColumnType type) {
		ColumnType signed = type.withUnsigned(false);
		return switch (signed.kind()) {
			case TINYINT -> ColumnType.of(TypeKind.SMALLINT);
			case SMALLINT, INTEGER, BIGINT, REAL, DOUBLE, BOOLEAN, TEXT, DATE, UUID, JSON, BINARY ->
				ColumnType.of(signed.kind());
			case DECIMAL -> ColumnType.of(TypeKind.DECIMAL).withPrecision(signed.precision()).withScale(signed.scale());
			case CHAR -> ColumnType.character(Objects.requireNonNullElse(signed.length(), 1));
			case VARCHAR -> ColumnType.of(TypeKind.VARCHAR).withLength(signed.length());
			case CLOB, BLOB -> ColumnType.custom("oid");
			case TIME, TIME_TZ, TIMESTAMP, TIMESTAMP_TZ, INTERVAL_SECOND -> ColumnType.of(signed.kind())
				.withPrecision(Objects.requireNonNullElse(signed.precision(), DEFAULT_TEMPORAL_PRECISION));
			case ENUM -> ColumnType.enumeration(Objects.requireNonNullElse(signed.length(), DEFAULT_ENUM_LENGTH),
					signed.values().stream().sorted().toList());
			case CUSTOM -> canonicalCustom(Objects.requireNonNull(signed.definition()));
		};
	}

	@Override
	protected String columnTypeName(ColumnType type) {
		return typeName(type);
	}

	@Override
	protected List<String> impliedChecks(String table, Column column) {
		if (column.type().kind() != TypeKind.ENUM) {
			return List.of();
		}
		return List.of("constraint " + identifier(enumCheckName(table, column.name())) + " check ("
				+ enumCondition(column) + ")");
	}

	private String enumCondition(Column column) {
		return identifier(column.name()) + " in ("
				+ String.join(", ",
						column.type().values().stream().map((value) -> "'" + value.replace("'", "''") + "'").toList())
				+ ")";
	}

	private static String enumCheckName(String table, String column) {
		return ConstraintNaming.columnCheck(table, column);
	}

	@Override
	protected List<String> alterColumn(Table table, Column from, Column to) {
		String alterTable = "alter table " + identifier(table.name());
		String alterColumn = alterTable + " alter column " + identifier(from.name()) + " ";
		ColumnType fromType = canonicalType(from.type());
		ColumnType toType = canonicalType(to.type());
		boolean fromEnum = fromType.kind() == TypeKind.ENUM;
		boolean toEnum = toType.kind() == TypeKind.ENUM;
		boolean enumChanged = (fromEnum || toEnum) && !fromType.equals(toType);
		boolean defaultChanged = !Objects.equals(from.defaultValue(), to.defaultValue());
		List<String> statements = new ArrayList<>();
		if (fromEnum && enumChanged) {
			statements
				.add(alterTable + " drop constraint if exists " + identifier(enumCheckName(table.name(), from.name())));
		}
		if (defaultChanged && from.defaultValue() != null) {
			statements.add(alterColumn + "drop default");
		}
		if (from.autoIncrement() && !to.autoIncrement()) {
			statements.add(alterColumn + "drop identity");
		}
		if (!storage(fromType).equals(storage(toType))) {
			String newType = typeName(to.type());
			boolean sameFamily = family(fromType) == family(toType) && family(fromType) != TypeFamily.OTHER;
			statements.add(alterColumn + "type " + newType
					+ (sameFamily ? "" : " using " + identifier(from.name()) + "::" + newType));
		}
		if (!from.autoIncrement() && to.autoIncrement()) {
			statements.add(alterColumn + "add generated by default as identity");
		}
		if (defaultChanged && to.defaultValue() != null) {
			statements.add(alterColumn + "set default " + literal(to.defaultValue(), to.type()));
		}
		boolean toNotNull = !to.nullable() || to.autoIncrement();
		boolean fromNotNull = !from.nullable() || from.autoIncrement();
		if (toNotNull && !fromNotNull) {
			statements.add(alterColumn + "set not null");
		}
		else if (!toNotNull && fromNotNull) {
			statements.add(alterColumn + "drop not null");
		}
		if (toEnum && enumChanged) {
			statements.add(alterTable + " add constraint " + identifier(enumCheckName(table.name(), from.name()))
					+ " check (" + enumCondition(to.withName(from.name())) + ")");
		}
		return statements;
	}

	@Override
	protected List<String> renameImpliedChecks(Table table, String newTableName, String renamedColumn,
			String newColumnName) {
		List<String> statements = new ArrayList<>();
		for (Column column : table.columns()) {
			if (column.type().kind() != TypeKind.ENUM) {
				continue;
			}
			boolean columnRenamed = !renamedColumn.isEmpty() && column.name().equalsIgnoreCase(renamedColumn);
			if (renamedColumn.isEmpty() || columnRenamed) {
				String oldName = enumCheckName(table.name(), column.name());
				String newName = enumCheckName(newTableName, columnRenamed ? newColumnName : column.name());
				if (!oldName.equalsIgnoreCase(newName)) {
					statements.add("alter table " + identifier(newTableName) + " rename constraint "
							+ identifier(oldName) + " to " + identifier(newName));
				}
			}
		}
		return statements;
	}

	@Override
	protected List<String> renameImpliedSequences(Table table, String newTableName, String renamedColumn,
			String newColumnName) {
		List<String> statements = new ArrayList<>();
		for (Column column : table.columns()) {
			boolean columnRenamed = !renamedColumn.isEmpty() && column.name().equalsIgnoreCase(renamedColumn);
			if (!column.autoIncrement() || !(renamedColumn.isEmpty() || columnRenamed)) {
				continue;
			}
			String oldName = table.name() + "_" + column.name() + "_seq";
			String newName = newTableName + "_" + (columnRenamed ? newColumnName : column.name()) + "_seq";
			// Longer names are shortened by PostgreSQL in ways not worth predicting.
			if (!oldName.equalsIgnoreCase(newName) && oldName.length() <= maxIdentifierLength()
					&& newName.length() <= maxIdentifierLength()) {
				statements.add("alter sequence if exists " + identifier(oldName) + " rename to " + identifier(newName));
			}
		}
		return statements;
	}

	@Override
	protected String dropPrimaryKey(String table, @Nullable String name) {
		return dropConstraint(table, (name != null) ? name : ConstraintNaming.primaryKey(table));
	}

	@Override
	public CatalogReader catalogReader() {
		return new PostgresCatalogReader();
	}

	@Override
	public MigrationLock migrationLock() {
		return new PostgresAdvisoryLock();
	}

	private static ColumnType storage(ColumnType canonical) {
		return (canonical.kind() == TypeKind.ENUM) ? ColumnType.varchar(Objects.requireNonNull(canonical.length()))
				: canonical;
	}

	private static TypeFamily family(ColumnType type) {
		TypeKind kind = type.kind();
		if (kind.isInteger() || kind == TypeKind.DECIMAL || kind == TypeKind.REAL || kind == TypeKind.DOUBLE) {
			return TypeFamily.NUMBER;
		}
		if (kind == TypeKind.CHAR || kind == TypeKind.VARCHAR || kind == TypeKind.TEXT || kind == TypeKind.ENUM) {
			return TypeFamily.STRING;
		}
		if (kind.isTemporal() || kind == TypeKind.DATE) {
			return TypeFamily.TEMPORAL;
		}
		return TypeFamily.OTHER;
	}

	private enum TypeFamily {

		NUMBER, STRING, TEMPORAL, OTHER

	}

}
