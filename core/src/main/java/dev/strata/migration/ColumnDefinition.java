package dev.strata.migration;

import dev.strata.model.Column;
import dev.strata.model.ColumnType;
import dev.strata.model.DefaultValue;
import dev.strata.model.TypeKind;
import dev.strata.operation.InvalidOperationException;
import org.jspecify.annotations.Nullable;

/**
 * A column being defined in a {@link Blueprint}, with the modifiers that can follow it:
 * {@code table.string("email").nullable().unique()}. As in Laravel, a column is NOT NULL
 * unless {@link #nullable()} is called.
 */
public final class ColumnDefinition {

	private final String table;

	private final String name;

	private ColumnType type;

	private boolean nullable;

	private @Nullable DefaultValue defaultValue;

	private boolean autoIncrement;

	private boolean primary;

	private boolean unique;

	private boolean index;

	private boolean change;

	private @Nullable String check;

	ColumnDefinition(String table, String name, ColumnType type) {
		this.table = table;
		this.name = name;
		this.type = type;
	}

	/**
	 * Allow {@code null} in this column.
	 * @return this definition
	 */
	public ColumnDefinition nullable() {
		return nullable(true);
	}

	/**
	 * Allow {@code null} in this column, or not.
	 * @param nullable whether {@code null} is allowed
	 * @return this definition
	 */
	public ColumnDefinition nullable(boolean nullable) {
		this.nullable = nullable;
		return this;
	}

	/**
	 * Give the column a literal default: a {@link String}, a {@link Number} or a
	 * {@link Boolean}, written as an escaped SQL literal.
	 * @param value the value
	 * @return this definition
	 */
	public ColumnDefinition defaultValue(Object value) {
		try {
			this.defaultValue = DefaultValue.literal(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidOperationException(this.table, this.name,
					"Column [" + this.name + "] of table [" + this.table + "]: " + ex.getMessage());
		}
		String mismatch = DefaultValueCheck.mismatch(this.defaultValue, this.type);
		if (mismatch != null) {
			throw new InvalidOperationException(this.table, this.name,
					"Column [" + this.name + "] of table [" + this.table + "]: " + mismatch);
		}
		return this;
	}

	/**
	 * Give the column a default computed by an SQL expression, such as
	 * {@code current_timestamp}.
	 * @param sql the expression, passed to the database as written
	 * @return this definition
	 */
	public ColumnDefinition defaultExpression(String sql) {
		if (sql.isBlank()) {
			throw new InvalidOperationException(this.table, this.name,
					"Column [" + this.name + "] of table [" + this.table + "]: the default expression is blank");
		}
		this.defaultValue = DefaultValue.expression(sql);
		return this;
	}

	/**
	 * Declare the column unsigned. PostgreSQL and H2 have no unsigned integers: there the
	 * column keeps its signed type, as Laravel does, and the flag only documents intent.
	 * @return this definition
	 */
	public ColumnDefinition unsigned() {
		TypeKind kind = this.type.kind();
		if (!kind.isInteger() && kind != TypeKind.DECIMAL && kind != TypeKind.REAL && kind != TypeKind.DOUBLE) {
			throw new InvalidOperationException(this.table, this.name, "Column [" + this.name + "] of table ["
					+ this.table + "] is of type " + this.type + " and cannot be unsigned");
		}
		this.type = this.type.withUnsigned(true);
		return this;
	}

	/**
	 * Let the database generate the column's values (an identity column).
	 * @return this definition
	 */
	public ColumnDefinition autoIncrement() {
		if (!this.type.kind().isInteger()) {
			throw new InvalidOperationException(this.table, this.name, "Column [" + this.name + "] of table ["
					+ this.table + "] is of type " + this.type + "; only integer columns can auto-increment");
		}
		this.autoIncrement = true;
		return this;
	}

	/**
	 * Make this column the table's primary key.
	 * @return this definition
	 */
	public ColumnDefinition primary() {
		this.primary = true;
		return this;
	}

	/**
	 * Add a unique constraint on this column.
	 * @return this definition
	 */
	public ColumnDefinition unique() {
		this.unique = true;
		return this;
	}

	/**
	 * Add an index on this column.
	 * @return this definition
	 */
	public ColumnDefinition index() {
		this.index = true;
		return this;
	}

	/**
	 * Add a check constraint declared on this column.
	 * @param expression the SQL condition, such as {@code age >= 0}
	 * @return this definition
	 */
	public ColumnDefinition check(String expression) {
		if (expression.isBlank()) {
			throw new InvalidOperationException(this.table, this.name,
					"Column [" + this.name + "] of table [" + this.table + "]: the check expression is blank");
		}
		this.check = expression;
		return this;
	}

	/**
	 * Change the existing column of this name to this definition, instead of adding it.
	 * Only inside {@link Schema#table}.
	 * @return this definition
	 */
	public ColumnDefinition change() {
		this.change = true;
		return this;
	}

	String name() {
		return this.name;
	}

	boolean isPrimary() {
		return this.primary;
	}

	boolean isUnique() {
		return this.unique;
	}

	boolean isIndex() {
		return this.index;
	}

	boolean isChange() {
		return this.change;
	}

	@Nullable String checkExpression() {
		return this.check;
	}

	Column toColumn() {
		return new Column(this.name, this.type, this.nullable, this.defaultValue, this.autoIncrement);
	}

}
