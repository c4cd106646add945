package dev.strata.dialect.postgresql;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.strata.dialect.CatalogReader;
import dev.strata.dialect.CatalogSnapshotBuilder;
import dev.strata.dialect.DefaultValueParser;
import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.ColumnType;
import dev.strata.model.ForeignKey;
import dev.strata.model.Index;
import dev.strata.model.PrimaryKey;
import dev.strata.model.ReferentialAction;
import dev.strata.model.SchemaSnapshot;
import dev.strata.model.Sequence;
import dev.strata.model.TypeKind;
import dev.strata.model.UniqueConstraint;
import org.jspecify.annotations.Nullable;

/**
 * Reads the current schema ({@code current_schema()}) of a PostgreSQL database from
 * {@code pg_catalog}, in four queries whatever the number of tables: columns,
 * constraints, indexes, sequences.
 * <p>
 * A {@code varchar} column with a check that allows only a list of values (what Hibernate
 * creates for {@code @Enumerated(STRING)}) is read as an enumeration, and that check is
 * not reported separately. Identity columns are auto-increment columns without default;
 * their sequences are not reported. Indexes on expressions and partial indexes are left
 * out, since the model cannot describe them.
 */
public final class PostgresCatalogReader implements CatalogReader {

	private static final PostgresDialect TYPES = new PostgresDialect();

	private static final String SCHEMA_TABLES = """
			from pg_catalog.pg_class c
			join pg_catalog.pg_namespace n on n.oid = c.relnamespace
			""";

	private static final String COLUMNS = """
			select c.relname as table_name, a.attname as column_name,
			       pg_catalog.format_type(a.atttypid, a.atttypmod) as column_type,
			       a.attnotnull as not_null, a.attidentity as identity,
			       case when a.attgenerated = '' then pg_catalog.pg_get_expr(d.adbin, d.adrelid) end as default_value
			""" + SCHEMA_TABLES + """
			left join pg_catalog.pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
			left join pg_catalog.pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
			where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
			order by c.relname, a.attnum
			""";

	private static final String CONSTRAINTS = """
			select c.relname as table_name, con.conname as constraint_name, con.contype as constraint_type,
			       array(select a.attname from unnest(con.conkey) with ordinality k(attnum, position)
			             join pg_catalog.pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum
			             order by k.position) as columns,
			       f.relname as referenced_table,
			       array(select a.attname from unnest(con.confkey) with ordinality k(attnum, position)
			             join pg_catalog.pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.attnum
			             order by k.position) as referenced_columns,
			       con.confdeltype as on_delete, con.confupdtype as on_update,
			       case when con.contype = 'c' then pg_catalog.pg_get_expr(con.conbin, con.conrelid) end as condition
			from pg_catalog.pg_constraint con
			join pg_catalog.pg_class c on c.oid = con.conrelid
			join pg_catalog.pg_namespace n on n.oid = c.relnamespace
			left join pg_catalog.pg_class f on f.oid = con.confrelid
			where n.nspname = current_schema() and con.contype in ('p', 'u', 'f', 'c') and con.conparentid = 0
			order by c.relname, con.conname
			""";

	private static final String INDEXES = """
			select c.relname as table_name, i.relname as index_name, x.indisunique as is_unique,
			       array(select a.attname from unnest(x.indkey::int2[]) with ordinality k(attnum, position)
			             join pg_catalog.pg_attribute a on a.attrelid = x.indrelid and a.attnum = k.attnum
			             where k.position <= x.indnkeyatts order by k.position) as columns
			from pg_catalog.pg_index x
			join pg_catalog.pg_class i on i.oid = x.indexrelid
			join pg_catalog.pg_class c on c.oid = x.indrelid
			join pg_catalog.pg_namespace n on n.oid = c.relnamespace
			where n.nspname = current_schema() and x.indexprs is null and x.indpred is null
			  and not exists (select 1 from pg_catalog.pg_constraint con
			                  where con.conindid = x.indexrelid and con.conrelid = x.indrelid
			                    and con.contype in ('p', 'u', 'x'))
			order by c.relname, i.relname
			""";

	private static final String SEQUENCES = """
			select s.relname as sequence_name, q.seqstart as start_value, q.seqincrement as increment
			from pg_catalog.pg_sequence q
			join pg_catalog.pg_class s on s.oid = q.seqrelid
			join pg_catalog.pg_namespace n on n.oid = s.relnamespace
			where n.nspname = current_schema()
			  and not exists (select 1 from pg_catalog.pg_depend d
			                  where d.classid = 'pg_catalog.pg_class'::regclass and d.objid = s.oid
			                    and d.refclassid = 'pg_catalog.pg_class'::regclass and d.deptype = 'i')
			order by s.relname
			""";

	@Override
	public SchemaSnapshot read(Connection connection, Set<String> excludedTables) throws SQLException {
		CatalogSnapshotBuilder snapshot = new CatalogSnapshotBuilder(excludedTables);
		try (Statement statement = connection.createStatement()) {
			List<ColumnRow> columns = readColumns(statement);
			Map<ColumnKey, ColumnRow> columnsByKey = new HashMap<>();
			for (ColumnRow column : columns) {
				snapshot.addTable(column.table());
				columnsByKey.put(new ColumnKey(column.table(), column.column()), column);
			}
			Map<ColumnKey, List<String>> enumerations = new HashMap<>();
			List<ConstraintRow> constraints = readConstraints(statement);
			for (ConstraintRow constraint : constraints) {
				if (!isEnumeration(constraint, columnsByKey, enumerations)) {
					addConstraint(snapshot, constraint);
				}
			}
			for (ColumnRow column : columns) {
				if (column.column() != null) {
					snapshot.addColumn(column.table(), column.toColumn(enumerations));
				}
			}
			readIndexes(statement, snapshot);
			readSequences(statement, snapshot);
		}
		return snapshot.build();
	}

	private static List<ColumnRow> readColumns(Statement statement) throws SQLException {
		List<ColumnRow> rows = new ArrayList<>();
		try (ResultSet result = statement.executeQuery(COLUMNS)) {
			while (result.next()) {
				rows.add(new ColumnRow(result.getString("table_name"), result.getString("column_name"),
						result.getString("column_type"), result.getBoolean("not_null"),
						isIdentity(result.getString("identity")), result.getString("default_value")));
			}
		}
		return rows;
	}

	private static boolean isIdentity(@Nullable String attidentity) {
		return attidentity != null && !attidentity.isEmpty();
	}

	private static List<ConstraintRow> readConstraints(Statement statement) throws SQLException {
		List<ConstraintRow> rows = new ArrayList<>();
		try (ResultSet result = statement.executeQuery(CONSTRAINTS)) {
			while (result.next()) {
				rows.add(new ConstraintRow(result.getString("table_name"), result.getString("constraint_name"),
						result.getString("constraint_type").charAt(0), names(result.getArray("columns")),
						result.getString("referenced_table"), names(result.getArray("referenced_columns")),
						result.getString("on_delete"), result.getString("on_update"), result.getString("condition")));
			}
		}
		return rows;
	}

	/**
	 * Record the values of an enumeration check on a {@code varchar} column, and say
	 * whether the check was one.
	 */
	private static boolean isEnumeration(ConstraintRow constraint, Map<ColumnKey, ColumnRow> columns,
			Map<ColumnKey, List<String>> enumerations) {
		if (constraint.type() != 'c' || constraint.columns().size() != 1 || constraint.condition() == null) {
			return false;
		}
		ColumnKey key = new ColumnKey(constraint.table(), constraint.columns().get(0));
		if (enumerations.containsKey(key)) {
			return false;
		}
		ColumnRow column = columns.get(key);
		boolean varchar = column != null && TYPES.parseType(String.valueOf(column.type())).kind() == TypeKind.VARCHAR;
		Optional<List<String>> values = varchar ? EnumCheckParser.values(constraint.condition(), key.column())
				: Optional.empty();
		values.ifPresent((list) -> enumerations.put(key, list));
		return values.isPresent();
	}

	private static void addConstraint(CatalogSnapshotBuilder snapshot, ConstraintRow row) {
		switch (row.type()) {
			case 'p' -> snapshot.setPrimaryKey(row.table(), new PrimaryKey(row.name(), row.columns()));
			case 'u' -> snapshot.addUniqueConstraint(row.table(), new UniqueConstraint(row.name(), row.columns()));
			case 'f' -> snapshot.addForeignKey(row.table(),
					new ForeignKey(row.name(), row.columns(), String.valueOf(row.referencedTable()),
							row.referencedColumns(), action(row.onDelete()), action(row.onUpdate())));
			case 'c' -> snapshot.addCheck(row.table(), new CheckConstraint(row.name(), String.valueOf(row.condition()),
					(row.columns().size() == 1) ? row.columns().get(0) : null));
			default -> throw new IllegalStateException("Unexpected constraint type '" + row.type() + "'");
		}
	}

	private static ReferentialAction action(@Nullable String code) {
		return switch (String.valueOf(code)) {
			case "r" -> ReferentialAction.RESTRICT;
			case "c" -> ReferentialAction.CASCADE;
			case "n" -> ReferentialAction.SET_NULL;
			case "d" -> ReferentialAction.SET_DEFAULT;
			default -> ReferentialAction.NO_ACTION;
		};
	}

	private static void readIndexes(Statement statement, CatalogSnapshotBuilder snapshot) throws SQLException {
		try (ResultSet result = statement.executeQuery(INDEXES)) {
			while (result.next()) {
				snapshot.addIndex(result.getString("table_name"), new Index(result.getString("index_name"),
						names(result.getArray("columns")), result.getBoolean("is_unique")));
			}
		}
	}

	private static void readSequences(Statement statement, CatalogSnapshotBuilder snapshot) throws SQLException {
		try (ResultSet result = statement.executeQuery(SEQUENCES)) {
			while (result.next()) {
				snapshot.addSequence(new Sequence(result.getString("sequence_name"), result.getLong("start_value"),
						result.getLong("increment")));
			}
		}
	}

	private static List<String> names(Array array) throws SQLException {
		try {
			return List.of((String[]) array.getArray());
		}
		finally {
			array.free();
		}
	}

	private record ColumnKey(String table, @Nullable String column) {

	}

	private record ColumnRow(String table, @Nullable String column, @Nullable String type, boolean notNull,
			boolean identity, @Nullable String defaultValue) {

		Column toColumn(Map<ColumnKey, List<String>> enumerations) {
			ColumnType columnType = TYPES.parseType(String.valueOf(this.type));
			List<String> values = enumerations.get(new ColumnKey(this.table, this.column));
			if (values != null) {
				columnType = ColumnType.enumeration(columnType.length(), values);
			}
			return new Column(String.valueOf(this.column), columnType, !this.notNull,
					this.identity ? null : DefaultValueParser.parse(this.defaultValue), this.identity);
		}

	}

	private record ConstraintRow(String table, String name, char type, List<String> columns,
			@Nullable String referencedTable, List<String> referencedColumns, @Nullable String onDelete,
			@Nullable String onUpdate, @Nullable String condition) {

	}

}
