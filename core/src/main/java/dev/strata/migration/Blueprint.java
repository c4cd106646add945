package dev.strata.migration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.strata.model.ColumnType;
import dev.strata.model.TypeKind;
import dev.strata.operation.ConstraintSelector;
import dev.strata.operation.DropCheck;
import dev.strata.operation.DropColumn;
import dev.strata.operation.DropForeignKey;
import dev.strata.operation.DropIndex;
import dev.strata.operation.DropPrimaryKey;
import dev.strata.operation.DropUniqueConstraint;
import dev.strata.operation.InvalidOperationException;
import dev.strata.operation.RenameColumn;
import dev.strata.operation.RenameConstraint;
import dev.strata.operation.SchemaOperation;

/**
 * The definition of one table, inside {@link Schema#create} or {@link Schema#table}: its
 * columns, keys, indexes and constraints, in Laravel's vocabulary. Where Java forbids
 * Laravel's name, the method says what it is: {@link #bool} for {@code boolean},
 * {@link #enumeration} for {@code enum}, {@link #character} for {@code char},
 * {@link #doublePrecision} for {@code double}.
 * <p>
 * A blueprint only records; the operations are built when the block ends.
 */
public final class Blueprint {

	/**
	 * The length of {@link #string(String)} and {@link #enumeration}: Laravel's and
	 * Hibernate's default.
	 */
	public static final int DEFAULT_STRING_LENGTH = 255;

	private final String table;

	private final boolean creating;

	private final List<Object> steps = new ArrayList<>();

	Blueprint(String table, boolean creating) {
		this.table = table;
		this.creating = creating;
	}

	// Columns

	/**
	 * Add an auto-incrementing integer primary key.
	 * @param name the column name
	 * @return the column definition
	 */
	public ColumnDefinition increments(String name) {
		return integer(name).autoIncrement().primary();
	}

	/**
	 * Add an auto-incrementing big integer primary key.
	 * @param name the column name
	 * @return the column definition
	 */
	public ColumnDefinition bigIncrements(String name) {
		return bigInteger(name).autoIncrement().primary();
	}

	/**
	 * Add a four-byte integer column.
	 * @param name the column name
	 * @return the column definition
	 */
	public ColumnDefinition integer(String name) {
		return column(name, ColumnType.of(TypeKind.INTEGER));
	}

	/**
	 * Add an eight-byte integer column.
	 * @param name the column name
	 * @return the column definition
	 */
	public ColumnDefinition bigInteger(String name) {
		return column(name, ColumnType.of(TypeKind.BIGINT));
	}

	/**
	 * Add a two-byte integer column.
	 * @param name the column name
	 * @return the column definition
	 */
	public ColumnDefinition smallInteger(String name) {
		return column(name, ColumnType.of(TypeKind.SMALLINT));
	}

	/**
	 * Add a one-byte integer column ({@code smallint} on PostgreSQL, which has no
	 * {@code tinyint}).
	 * @param name the column name
	 * @return the column definition
	 */
	public ColumnDefinition tinyInteger(String name) {
		return column(name, ColumnType.of(TypeKind.TINYINT));
	}

	/**
	 * Add a {@code varchar(255)} column.
	 * @param name the column name
	 * @return the column definition
	 */
	public ColumnDefinition string(String name) {
		return string(name, DEFAULT_STRING_LENGTH);
	}

	/**
	 * Add a {@code varchar} column of the given length.
	 * @param name the column name
	 * @param length the maximum length
	 * @return the column definition
	 */
	public ColumnDefinition string(String name, int length) {
		return column(name, ColumnType.varchar(requirePositive(name, "length", length)));
	}

	/**
	 * Add a {@code char(1)} column ({@code char} is a Java keyword).
	 * @param name the column name
	 * @return the column definition
	 */
	public ColumnDefinition character(String name) {
		return character(name, 1);
	}

	/**
	 * Add a fixed-length {@code char} column.
	 * @param name the column name
	 * @param length the length
	 * @return the column definition
	 */
	public ColumnDefinition character(String name, int length) {
		return column(name, ColumnType.character(requirePositive(name, "length", length)));
	}

	/**
	 * Add a {@code text} column of unbounded length.
	 * @param name the column name
	 * @return the column definition
	 */
	public ColumnDefinition text(String name) {
		return column(name, ColumnType.of(TypeKind.TEXT));
	}

	/**
	 * Add a character large object column (Hibernate's {@code @Lob String}; {@code oid}
	 * on PostgreSQL, as Hibernate maps it).
	 * @param name the column name
	 * @return the column definition
	 */
	public ColumnDefinition clob(String name) {
		return column(name, ColumnType.of(TypeKind.CLOB));
	}

	/**
	 * Add a boolean column ({@code boolean} is a Java keyword).
	 * @param name the column name
	 * @return the column definition
	 */
	public ColumnDefinition bool(String name) {
		return column(name, ColumnType.of(TypeKind.BOOLEAN));
	}

	/**
	 * Add a date column.
	 * @param name the column name
	 * @return the column definition
	 */
	public ColumnDefinition date(String name) {
		return column(name, ColumnType.of(TypeKind.DATE));
	}

	/**
	 * Add a time-of-day column.
	 * @param name the column name
	 * @return the column definition
	 */
	public ColumnDefinition time(String name) {
		return column(name, ColumnType.of(TypeKind.TIME));
	}

	/**
	 * Add a time-of-day column with the given fractional-second precision.
	 * @param name the column name
	 * @param precision digits after the second
	 * @return the column definition
	 */
	public ColumnDefinition time(String name, int precision) {
		return column(name, ColumnType.of(TypeKind.TIME).withPrecision(precision));
	}

	/**
	 * Add a time-of-day column with time zone.
	 * @param name the column name
	 * @return the column definition
	 */
	public ColumnDefinition timeTz(String name) {
		return column(name, ColumnType.of(TypeKind.TIME_TZ));
	}

	/**
	 * Add a date-and-time column without time zone; the same as
	 * {@link #timestamp(String)}.
	 * @param name the column name
	 * @return the column definition
	 */
	public ColumnDefinition dateTime(String name) {
		return timestamp(name);
	}

	/**
	 * Add a time-of-day column with time zone and the given fractional-second precision.
	 * @param name the column name
	 * @param precision digits after the second
	 * @return the column definition
	 */
	public ColumnDefinition timeTz(String name, int precision) {
		return column(name, ColumnType.of(TypeKind.TIME_TZ).withPrecision(precision));
	}

	/**
	 * Add a duration column in seconds ({@code interval second}; Hibernate maps
	 * {@code Duration} to {@code numeric(21,0)} unless told otherwise).
	 * @param name the column name
	 * @return the column definition
	 */
	public ColumnDefinition intervalSecond(String name) {
		return column(name, ColumnType.of(TypeKind.INTERVAL_SECOND));
	}

	/**
	 * Add a duration column in seconds with the given fractional-second precision.
	 * @param name the column name
	 * @param precision digits after the second
	 * @return the column definition
	 */
	public ColumnDefinition intervalSecond(String name, int precision) {
		return column(name, ColumnType.of(TypeKind.INTERVAL_SECOND).withPrecision(precision));
	}

	/**
	 * Add a date-and-time column without time zone (microsecond precision).
	 * @param name the column name
	 * @return the column definition
	 */
	public ColumnDefinition timestamp(String name) {
		return column(name, ColumnType.of(TypeKind.TIMESTAMP));
	}

	/**
	 * Add a date-and-time column without time zone with the given fractional-second
	 * precision.
	 * @param name the column name
	 * @param precision digits after the second
	 * @return the column definition
	 */
	public ColumnDefinition timestamp(String name, int precision) {
		return column(name, ColumnType.of(TypeKind.TIMESTAMP).withPrecision(precision));
	}

	/**
	 * Add a date-and-time column with time zone (microsecond precision).
	 * @param name the column name
	 * @return the column definition
	 */
	public ColumnDefinition timestampTz(String name) {
		return column(name, ColumnType.of(TypeKind.TIMESTAMP_TZ));
	}

	/**
	 * Add a date-and-time column with time zone and the given fractional-second
	 * precision.
	 * @param name the column name
	 * @param precision digits after the second
	 * @return the column definition
	 */
	public ColumnDefinition timestampTz(String name, int precision) {
		return column(name, ColumnType.of(TypeKind.TIMESTAMP_TZ).withPrecision(precision));
	}

	/**
	 * Add nullable {@code created_at} and {@code updated_at} timestamp columns.
	 */
	public void timestamps() {
		timestamp("created_at").nullable();
		timestamp("updated_at").nullable();
	}

	/**
	 * Add an exact numeric column.
	 * @param name the column name
	 * @param precision total digits
	 * @param scale digits after the decimal point, at most {@code precision}
	 * @return the column definition
	 */
	public ColumnDefinition decimal(String name, int precision, int scale) {
		requirePositive(name, "precision", precision);
		if (scale < 0 || scale > precision) {
			throw new InvalidOperationException(this.table, name, "Column [" + name + "] of table [" + this.table
					+ "]: scale " + scale + " must be between 0 and the precision " + precision);
		}
		return column(name, ColumnType.decimal(precision, scale));
	}

	/**
	 * Add a double-precision floating-point column ({@code double} is a Java keyword).
	 * @param name the column name
	 * @return the column definition
	 */
	public ColumnDefinition doublePrecision(String name) {
		return column(name, ColumnType.of(TypeKind.DOUBLE));
	}

	/**
	 * Add a single-precision floating-point column.
	 * @param name the column name
	 * @return the column definition
	 */
	public ColumnDefinition real(String name) {
		return column(name, ColumnType.of(TypeKind.REAL));
	}

	/**
	 * Add a binary column ({@code bytea} on PostgreSQL, {@code varbinary} on H2).
	 * @param name the column name
	 * @return the column definition
	 */
	public ColumnDefinition binary(String name) {
		return column(name, ColumnType.of(TypeKind.BINARY));
	}

	/**
	 * Add a binary column with a maximum length (ignored by PostgreSQL's {@code bytea}).
	 * @param name the column name
	 * @param length the maximum length
	 * @return the column definition
	 */
	public ColumnDefinition binary(String name, int length) {
		return column(name, ColumnType.of(TypeKind.BINARY).withLength(requirePositive(name, "length", length)));
	}

	/**
	 * Add a binary large object column (Hibernate's {@code @Lob byte[]}; {@code oid} on
	 * PostgreSQL, as Hibernate maps it).
	 * @param name the column name
	 * @return the column definition
	 */
	public ColumnDefinition blob(String name) {
		return column(name, ColumnType.of(TypeKind.BLOB));
	}

	/**
	 * Add a UUID column.
	 * @param name the column name
	 * @return the column definition
	 */
	public ColumnDefinition uuid(String name) {
		return column(name, ColumnType.of(TypeKind.UUID));
	}

	/**
	 * Add a JSON column ({@code jsonb} on PostgreSQL, as Hibernate maps JSON).
	 * @param name the column name
	 * @return the column definition
	 */
	public ColumnDefinition json(String name) {
		return column(name, ColumnType.of(TypeKind.JSON));
	}

	/**
	 * Add a column restricted to the given values ({@code enum} is a Java keyword). It is
	 * stored the way Hibernate stores {@code @Enumerated(STRING)}: {@code varchar(255)}
	 * with a check constraint on PostgreSQL, a native {@code enum} on H2.
	 * @param name the column name
	 * @param values the allowed values
	 * @return the column definition
	 */
	public ColumnDefinition enumeration(String name, String... values) {
		if (values.length == 0) {
			throw new InvalidOperationException(this.table, name,
					"Column [" + name + "] of table [" + this.table + "]: an enumeration needs at least one value");
		}
		return column(name, ColumnType.enumeration(DEFAULT_STRING_LENGTH, Arrays.asList(values)));
	}

	/**
	 * Add a column restricted to the given values, stored in a {@code varchar} of the
	 * given length where the database has no native enumeration.
	 * @param name the column name
	 * @param length the storage length
	 * @param values the allowed values
	 * @return the column definition
	 */
	public ColumnDefinition enumeration(String name, int length, String... values) {
		if (values.length == 0) {
			throw new InvalidOperationException(this.table, name,
					"Column [" + name + "] of table [" + this.table + "]: an enumeration needs at least one value");
		}
		return column(name, ColumnType.enumeration(requirePositive(name, "length", length), Arrays.asList(values)));
	}

	/**
	 * Add a column of a database-specific type, written as SQL ({@code "citext"},
	 * {@code "numeric(21)"}, {@code "interval second(6)"}).
	 * @param name the column name
	 * @param sqlType the type as the database spells it
	 * @return the column definition
	 */
	public ColumnDefinition specificType(String name, String sqlType) {
		if (sqlType.isBlank()) {
			throw new InvalidOperationException(this.table, name,
					"Column [" + name + "] of table [" + this.table + "]: the SQL type is blank");
		}
		return column(name, ColumnType.custom(sqlType));
	}

	/**
	 * Add a column of the given type.
	 * @param name the column name
	 * @param type the type
	 * @return the column definition
	 */
	public ColumnDefinition column(String name, ColumnType type) {
		ColumnDefinition definition = new ColumnDefinition(this.table, name(this.table, "column", name), type);
		this.steps.add(definition);
		return definition;
	}

	// Table-level keys and constraints

	/**
	 * Make the given columns the primary key.
	 * @param columns the key columns, in order
	 * @return the key definition, to name it
	 */
	public KeyDefinition primary(String... columns) {
		KeyDefinition key = new KeyDefinition(this.table, names(this.table, "primary", columns));
		this.steps.add(new Key(KeyKind.PRIMARY, key));
		return key;
	}

	/**
	 * Add a unique constraint on the given columns.
	 * @param columns the columns, in order
	 * @return the constraint definition, to name it
	 */
	public KeyDefinition unique(String... columns) {
		KeyDefinition key = new KeyDefinition(this.table, names(this.table, "unique", columns));
		this.steps.add(new Key(KeyKind.UNIQUE, key));
		return key;
	}

	/**
	 * Add an index on the given columns.
	 * @param columns the columns, in order
	 * @return the index definition, to name it
	 */
	public KeyDefinition index(String... columns) {
		KeyDefinition key = new KeyDefinition(this.table, names(this.table, "index", columns));
		this.steps.add(new Key(KeyKind.INDEX, key));
		return key;
	}

	/**
	 * Add a unique index on the given columns (an index, not a constraint; Hibernate's
	 * {@code @Index(unique = true)}).
	 * @param columns the columns, in order
	 * @return the index definition, to name it
	 */
	public KeyDefinition uniqueIndex(String... columns) {
		KeyDefinition key = new KeyDefinition(this.table, names(this.table, "uniqueIndex", columns));
		this.steps.add(new Key(KeyKind.UNIQUE_INDEX, key));
		return key;
	}

	/**
	 * Add a foreign key on the given columns; continue with {@code references(...)} and
	 * {@code on(table)}.
	 * @param columns the referencing columns
	 * @return the foreign key definition
	 */
	public ForeignKeyDefinition foreign(String... columns) {
		ForeignKeyDefinition foreignKey = new ForeignKeyDefinition(this.table, names(this.table, "foreign", columns));
		this.steps.add(foreignKey);
		return foreignKey;
	}

	/**
	 * Add a table-level check constraint.
	 * @param expression the SQL condition, such as {@code price >= 0}
	 * @return the check definition, to name it
	 */
	public CheckDefinition check(String expression) {
		if (expression.isBlank()) {
			throw new InvalidOperationException(this.table, null,
					"Table [" + this.table + "]: the check expression is blank");
		}
		CheckDefinition check = new CheckDefinition(this.table, expression);
		this.steps.add(check);
		return check;
	}

	// Changes to an existing table

	/**
	 * Rename a column.
	 * @param from the current name
	 * @param to the new name
	 */
	public void renameColumn(String from, String to) {
		alterOnly("renameColumn");
		this.steps.add(new RenameColumn(this.table, name(this.table, "renameColumn", from),
				name(this.table, "renameColumn", to)));
	}

	/**
	 * Rename a constraint (primary key, unique, foreign key, check) or an index, keeping
	 * what it does.
	 * @param from the current name
	 * @param to the new name
	 */
	public void renameConstraint(String from, String to) {
		alterOnly("renameConstraint");
		this.steps.add(new RenameConstraint(this.table, name(this.table, "renameConstraint", from),
				name(this.table, "renameConstraint", to)));
	}

	/**
	 * Drop columns.
	 * @param columns the columns
	 */
	public void dropColumn(String... columns) {
		alterOnly("dropColumn");
		for (String column : names(this.table, "dropColumn", columns)) {
			this.steps.add(new DropColumn(this.table, column));
		}
	}

	/**
	 * Drop the {@code created_at} and {@code updated_at} columns.
	 */
	public void dropTimestamps() {
		dropColumn("created_at", "updated_at");
	}

	/**
	 * Drop the primary key.
	 */
	public void dropPrimary() {
		alterOnly("dropPrimary");
		this.steps.add(new DropPrimaryKey(this.table));
	}

	/**
	 * Drop a unique constraint, by its name or by its columns.
	 * @param nameOrColumns the constraint name, or its columns
	 */
	public void dropUnique(String... nameOrColumns) {
		alterOnly("dropUnique");
		this.steps.add(new DropUniqueConstraint(this.table,
				new ConstraintSelector(names(this.table, "dropUnique", nameOrColumns))));
	}

	/**
	 * Drop an index, by its name or by its columns.
	 * @param nameOrColumns the index name, or its columns
	 */
	public void dropIndex(String... nameOrColumns) {
		alterOnly("dropIndex");
		this.steps
			.add(new DropIndex(this.table, new ConstraintSelector(names(this.table, "dropIndex", nameOrColumns))));
	}

	/**
	 * Drop a foreign key, by its name or by its columns.
	 * @param nameOrColumns the constraint name, or its columns
	 */
	public void dropForeign(String... nameOrColumns) {
		alterOnly("dropForeign");
		this.steps.add(new DropForeignKey(this.table,
				new ConstraintSelector(names(this.table, "dropForeign", nameOrColumns))));
	}

	/**
	 * Drop a check constraint by name.
	 * @param name the constraint name
	 */
	public void dropCheck(String name) {
		alterOnly("dropCheck");
		this.steps.add(new DropCheck(this.table, name(this.table, "dropCheck", name)));
	}

	String tableName() {
		return this.table;
	}

	boolean isCreating() {
		return this.creating;
	}

	List<Object> steps() {
		return this.steps;
	}

	private void alterOnly(String method) {
		if (this.creating) {
			throw new InvalidOperationException(this.table, null, method + "() cannot be used while creating table ["
					+ this.table + "]; use it in schema.table(\"" + this.table + "\", ...)");
		}
	}

	private int requirePositive(String column, String what, int value) {
		if (value <= 0) {
			throw new InvalidOperationException(this.table, column, "Column [" + column + "] of table [" + this.table
					+ "]: " + what + " must be positive, was " + value);
		}
		return value;
	}

	static String name(String table, String method, String name) {
		if (name == null || name.isBlank()) {
			throw new InvalidOperationException(table, null,
					"Table [" + table + "]: " + method + "() was given an empty name");
		}
		return name;
	}

	static List<String> names(String table, String method, String... names) {
		if (names == null || names.length == 0) {
			throw new InvalidOperationException(table, null,
					"Table [" + table + "]: " + method + "() needs at least one column");
		}
		List<String> result = new ArrayList<>(names.length);
		for (String name : names) {
			result.add(name(table, method, name));
		}
		return List.copyOf(result);
	}

	/**
	 * The kinds of key a {@link KeyDefinition} stands for.
	 */
	enum KeyKind {

		PRIMARY, UNIQUE, INDEX, UNIQUE_INDEX

	}

	/**
	 * A key definition with its kind, as recorded in the steps.
	 */
	record Key(KeyKind kind, KeyDefinition definition) {

	}

}
