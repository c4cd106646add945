package dev.strata.dialect.h2;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import dev.strata.dialect.CatalogReader;
import dev.strata.dialect.MigrationLock;
import dev.strata.dialect.StandardDialect;
import dev.strata.dialect.TableRowLock;
import dev.strata.model.Column;
import dev.strata.model.ColumnType;
import dev.strata.model.Sequence;
import dev.strata.model.Table;
import dev.strata.model.TypeKind;
import org.jspecify.annotations.Nullable;

/**
 * H2 2.x, the embedded default. H2 commits DDL implicitly, so a failed run is undone by
 * compensating statements rather than a rollback. Enumerations are native {@code enum}
 * types, as Hibernate maps them on H2. H2 has no unsigned integers: {@code unsigned()}
 * leaves the type signed.
 */
public class H2Dialect extends StandardDialect {

	/** H2's length of a {@code varchar} or {@code varbinary} declared without one. */
	private static final int MAX_LENGTH = 1_000_000_000;

	private static final int DEFAULT_TIMESTAMP_PRECISION = 6;

	/**
	 * The leading precision of {@code interval second}: H2's default of 2 would hold only
	 * up to 99 seconds, so Strata writes the maximum, as Hibernate does.
	 */
	private static final int MAX_INTERVAL_LEADING_PRECISION = 18;

	/**
	 * H2 cannot rename a sequence: create one under the new name that goes on from the
	 * old one's next value, then drop the old one.
	 */
	@Override
	protected List<String> renameSequence(Sequence sequence, String newName) {
		String stored = identifier(sequence.name()).startsWith("\"") ? sequence.name()
				: sequence.name().toUpperCase(Locale.ROOT);
		return List.of(
				"create sequence " + identifier(newName) + " start with " + sequence.start() + " increment by "
						+ sequence.increment(),
				"alter sequence " + identifier(newName) + " restart with (select base_value from "
						+ "information_schema.sequences where sequence_schema = current_schema and sequence_name = '"
						+ stored.replace("'", "''") + "')",
				"drop sequence " + identifier(sequence.name()));
	}

	@Override
	public String name() {
		return "H2";
	}

	@Override
	public int maxIdentifierLength() {
		return 256;
	}

	@Override
	public boolean supportsTransactionalDdl() {
		return false;
	}

	@Override
	public String linesAggregate(String text, String orderBy) {
		return "listagg(" + text + ", char(10)) within group (order by " + orderBy + ")";
	}

	/**
	 * Write the committed changes of a file database to disk at once
	 * ({@code CHECKPOINT}). H2 writes commits in the background, up to half a second
	 * later by default ({@code WRITE_DELAY}); an embedded database dies with the
	 * application, so a process killed right after a migration committed would otherwise
	 * lose it, history row and all, while the migrations after it may have been read as
	 * applied by nobody. In-memory databases need nothing. Without admin rights the
	 * checkpoint is refused and H2's own delay applies.
	 */
	@Override
	public void flushCommitted(Connection connection) throws SQLException {
		String url = connection.getMetaData().getURL();
		if (url == null || url.startsWith("jdbc:h2:mem:")) {
			return;
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("checkpoint");
		}
		catch (SQLException ex) {
			// not an admin: H2 writes the commit within its WRITE_DELAY
		}
	}

	@Override
	protected Set<String> reservedWords() {
		return H2ReservedWords.WORDS;
	}

	@Override
	public boolean storesEnumerationsAsChecks() {
		return false;
	}

	@Override
	public String typeName(ColumnType type) {
		return switch (type.kind()) {
			case TINYINT -> "tinyint";
			case SMALLINT -> "smallint";
			case INTEGER -> "integer";
			case BIGINT -> "bigint";
			case DECIMAL -> "numeric" + parameters(type.precision(), type.scale());
			case REAL -> "real";
			case DOUBLE -> "double precision";
			case BOOLEAN -> "boolean";
			case CHAR -> "char" + parameters(type.length(), null);
			case VARCHAR -> "varchar" + parameters(type.length(), null);
			case TEXT -> "text";
			case CLOB -> "clob";
			case DATE -> "date";
			case TIME -> "time" + parameters(type.precision(), null);
			case TIME_TZ -> "time" + parameters(type.precision(), null) + " with time zone";
			case TIMESTAMP -> "timestamp" + parameters(type.precision(), null);
			case TIMESTAMP_TZ -> "timestamp" + parameters(type.precision(), null) + " with time zone";
			case INTERVAL_SECOND -> "interval second(" + MAX_INTERVAL_LEADING_PRECISION + ","
					+ Objects.requireNonNullElse(type.precision(), DEFAULT_TIMESTAMP_PRECISION) + ")";
			case BINARY -> "varbinary" + parameters(type.length(), null);
			case BLOB -> "blob";
			case UUID -> "uuid";
			case JSON -> "json";
			case ENUM -> "enum(" + String.join(",",
					type.values().stream().map((value) -> "'" + value.replace("'", "''") + "'").toList()) + ")";
			case CUSTOM -> Objects.requireNonNull(type.definition());
		};
	}

	@Override
	public ColumnType canonicalType(ColumnType type) {
		ColumnType signed = type.withUnsigned(false);
		return switch (signed.kind()) {
			case TINYINT, SMALLINT, INTEGER, BIGINT, REAL, DOUBLE, BOOLEAN, CLOB, DATE, BLOB, UUID, JSON ->
				ColumnType.of(signed.kind());
			case DECIMAL -> ColumnType.of(TypeKind.DECIMAL).withPrecision(signed.precision()).withScale(signed.scale());
			case CHAR -> ColumnType.character(Objects.requireNonNullElse(signed.length(), 1));
			case VARCHAR -> ColumnType.varchar(Objects.requireNonNullElse(signed.length(), MAX_LENGTH));
			case TEXT -> ColumnType.varchar(MAX_LENGTH);
			case BINARY ->
				ColumnType.of(TypeKind.BINARY).withLength(Objects.requireNonNullElse(signed.length(), MAX_LENGTH));
			case TIME, TIME_TZ ->
				ColumnType.of(signed.kind()).withPrecision(Objects.requireNonNullElse(signed.precision(), 0));
			case TIMESTAMP, TIMESTAMP_TZ -> ColumnType.of(signed.kind())
				.withPrecision(Objects.requireNonNullElse(signed.precision(), DEFAULT_TIMESTAMP_PRECISION));
			case INTERVAL_SECOND -> ColumnType.of(TypeKind.INTERVAL_SECOND)
				.withPrecision(Objects.requireNonNullElse(signed.precision(), DEFAULT_TIMESTAMP_PRECISION));
			case ENUM -> ColumnType.enumeration(null, signed.values().stream().sorted().toList());
			case CUSTOM -> canonicalCustom(Objects.requireNonNull(signed.definition()));
		};
	}

	@Override
	protected @Nullable ColumnType parseSpecificType(String name, List<Integer> parameters) {
		return switch (name) {
			case "text" -> ColumnType.of(TypeKind.TEXT);
			case "double precision", "float8" -> ColumnType.of(TypeKind.DOUBLE);
			// interval second(leading precision, fractional precision): the model keeps
			// the fractional one
			case "interval second" -> ColumnType.of(TypeKind.INTERVAL_SECOND)
				.withPrecision((parameters.size() > 1) ? parameters.get(1) : null);
			default -> null;
		};
	}

	@Override
	protected List<String> alterColumn(Table table, Column from, Column to) {
		String alterColumn = "alter table " + identifier(table.name()) + " alter column " + identifier(from.name())
				+ " ";
		List<String> statements = new ArrayList<>();
		boolean defaultChanged = !Objects.equals(from.defaultValue(), to.defaultValue());
		if (defaultChanged && from.defaultValue() != null) {
			statements.add(alterColumn + "drop default");
		}
		if (from.autoIncrement() && !to.autoIncrement()) {
			statements.add(alterColumn + "drop identity");
		}
		if (!canonicalType(from.type()).equals(canonicalType(to.type()))) {
			statements.add(alterColumn + "set data type " + typeName(to.type()));
		}
		if (!from.autoIncrement() && to.autoIncrement()) {
			statements.add(alterColumn + "set generated by default");
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
		return statements;
	}

	@Override
	public CatalogReader catalogReader() {
		return new H2CatalogReader();
	}

	@Override
	public MigrationLock migrationLock() {
		return new TableRowLock(this, new H2LockTimeout());
	}

}
