package dev.strata.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.strata.dialect.Dialect;
import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.ColumnType;
import dev.strata.model.DefaultValue;
import dev.strata.model.TypeKind;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.BasicValue;
import org.hibernate.mapping.Table;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * Reads one of Hibernate's columns as it appears in {@code create table}: its type,
 * nullability, identity and default, its inline {@code unique} and its check constraints.
 * <p>
 * Where Hibernate writes a {@code varchar} column with an {@code in (...)} check (an
 * {@code @Enumerated(STRING)} attribute or a discriminator on PostgreSQL), the column
 * becomes an {@link TypeKind#ENUM enumeration} and the check is dropped: the dialect
 * creates it with the enumeration, as the catalog reader reads it back. Other checks
 * (ordinal enumerations, boolean converters, order columns) stay checks, written as
 * Hibernate writes them.
 */
final class ColumnReader {

	private static final Pattern IN_LIST = Pattern.compile("(.+) in \\((.*)\\)", Pattern.DOTALL);

	private static final Pattern QUOTED_VALUE = Pattern.compile("'((?:[^']|'')*)'");

	private final Metadata metadata;

	private final org.hibernate.dialect.Dialect hibernateDialect;

	private final Dialect dialect;

	private final List<String> warnings;

	ColumnReader(Metadata metadata, Dialect dialect, List<String> warnings) {
		this.metadata = metadata;
		this.hibernateDialect = metadata.getDatabase().getDialect();
		this.dialect = dialect;
		this.warnings = warnings;
	}

	ReadColumn read(Table table, org.hibernate.mapping.Column column) {
		String name = column.getName();
		String where = "Column [" + name + "] of table [" + table.getName() + "]";
		String sqlType = column.getSqlType(this.metadata);
		ColumnType type;
		String definedDefault = null;
		boolean definedNotNull = false;
		Optional<ColumnDefinitionSplitter.Definition> definition = ColumnDefinitionSplitter.split(sqlType);
		if (definition.isPresent()) {
			type = this.dialect.parseType(definition.get().type());
			definedDefault = definition.get().defaultValue();
			definedNotNull = definition.get().notNull();
		}
		else {
			type = ColumnType.custom(sqlType);
			this.warnings.add(where + " is defined as [" + sqlType
					+ "], which holds clauses Strata cannot model; it is kept as a custom type");
		}
		boolean identity = column.isIdentity();
		DefaultValue defaultValue = defaultValue(where, column, definedDefault, identity);
		boolean nullable = column.isNullable() && !definedNotNull && !identity;
		List<CheckConstraint> checks = new ArrayList<>();
		List<String> anonymous = new ArrayList<>();
		for (org.hibernate.mapping.CheckConstraint check : column.getCheckConstraints()) {
			if (check.isNamed()) {
				checks.add(new CheckConstraint(check.getName(), check.getConstraint(), name));
				continue;
			}
			List<String> enumValues = (type.kind() == TypeKind.VARCHAR && this.dialect.storesEnumerationsAsChecks())
					? enumValues(column, check) : null;
			if (enumValues != null) {
				type = ColumnType.enumeration(type.length(), enumValues);
			}
			else {
				anonymous.add(check.getConstraint());
			}
		}
		if (type.kind() == TypeKind.ENUM && type.length() == null && column.getLength() != null) {
			// A native enum type (H2) has no length, but the mapping has one: keep it, so
			// that a migration generated on this database builds the same column on one
			// that stores enumerations as checked strings.
			type = ColumnType.enumeration(Math.toIntExact(column.getLength()), type.values());
		}
		if (!anonymous.isEmpty()) {
			// Hibernate joins a column's anonymous checks into one: check ((a) and (b))
			String expression = (anonymous.size() == 1) ? anonymous.get(0)
					: String.join(" and ", anonymous.stream().map((check) -> "(" + check + ")").toList());
			checks.add(0, new CheckConstraint(null, expression, name));
		}
		warnUnmodelled(where, column);
		IdentifierWarnings.check(where, column.getName(), column.isQuoted(), this.dialect, this.warnings);
		boolean unique = column.isUnique() && !table.isPrimaryKey(column);
		return new ReadColumn(new Column(name, type, nullable, defaultValue, identity), checks, unique);
	}

	private @Nullable DefaultValue defaultValue(String where, org.hibernate.mapping.Column column,
			@Nullable String definedDefault, boolean identity) {
		String mapped = column.getDefaultValue();
		if (identity) {
			if (mapped != null || definedDefault != null) {
				this.warnings.add(where + " is an identity column; Hibernate does not create its default ["
						+ ((mapped != null) ? mapped : definedDefault) + "]");
			}
			return null;
		}
		if (mapped != null && definedDefault != null) {
			this.warnings.add(where + " has a default in its columnDefinition [" + definedDefault
					+ "] and a @ColumnDefault [" + mapped + "]; Hibernate writes both, Strata keeps [" + mapped + "]");
		}
		String text = (mapped != null) ? mapped : definedDefault;
		return (text != null && !text.isBlank()) ? DefaultValue.expression(text) : null;
	}

	/**
	 * Return the values of a {@code column in ('A','B')} check, the form Hibernate gives
	 * {@code @Enumerated(STRING)} attributes and discriminators, {@code null} for any
	 * other check. On a database that keeps enumerations as checked {@code varchar}
	 * columns, such a column is an enumeration, as its catalog reader reports it.
	 */
	private @Nullable List<String> enumValues(org.hibernate.mapping.Column column,
			org.hibernate.mapping.CheckConstraint check) {
		Matcher matcher = IN_LIST.matcher(check.getConstraint().trim());
		if (!matcher.matches() || !matcher.group(1).equals(column.getQuotedName(this.hibernateDialect))) {
			return null;
		}
		List<String> values = new ArrayList<>();
		Matcher valueMatcher = QUOTED_VALUE.matcher(matcher.group(2));
		int end = 0;
		while (valueMatcher.find()) {
			String between = matcher.group(2).substring(end, valueMatcher.start()).trim();
			if (!between.equals(values.isEmpty() ? "" : ",")) {
				return null;
			}
			values.add(valueMatcher.group(1).replace("''", "'"));
			end = valueMatcher.end();
		}
		return (values.isEmpty() || !matcher.group(2).substring(end).isBlank()) ? null : values;
	}

	private void warnUnmodelled(String where, org.hibernate.mapping.Column column) {
		if (column.getGeneratedAs() != null) {
			this.warnings
				.add(where + " is generated as [" + column.getGeneratedAs() + "]; Strata models it as a plain column");
		}
		if (column.getCollation() != null) {
			this.warnings.add(where + " has collation [" + column.getCollation() + "], which Strata does not model");
		}
		if (column.getOptions() != null && !column.getOptions().isBlank()) {
			this.warnings.add(where + " has options [" + column.getOptions() + "], which Strata does not model");
		}
		if (column.getComment() != null) {
			this.warnings.add(where + " has a comment, which Strata does not model");
		}
	}

	/**
	 * A column read from Hibernate's mapping.
	 *
	 * @param column the column
	 * @param checks its check constraints, the anonymous one first
	 * @param unique whether Hibernate declares it {@code unique} inline
	 */
	record ReadColumn(Column column, List<CheckConstraint> checks, boolean unique) {

		ReadColumn {
			checks = List.copyOf(checks);
		}

	}

}
