package dev.strata.entity;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.postgresql.PostgresDialect;
import dev.strata.entity.SchemaFacts.CheckFact;
import dev.strata.entity.SchemaFacts.ColumnFact;
import dev.strata.entity.SchemaFacts.ForeignKeyFact;
import dev.strata.entity.SchemaFacts.IndexFact;
import dev.strata.entity.SchemaFacts.SequenceFact;
import dev.strata.entity.SchemaFacts.TableFacts;
import dev.strata.entity.SchemaFacts.UniqueFact;
import dev.strata.model.Column;
import dev.strata.model.ColumnType;
import dev.strata.model.PrimaryKey;
import dev.strata.model.Table;
import dev.strata.model.TypeKind;

/**
 * Reduces an {@link EntitySchema} to the {@link SchemaFacts} a {@code create} script for
 * it states. On PostgreSQL an enumeration column is what Hibernate writes for it: a
 * {@code varchar} with an {@code in (...)} check.
 */
final class ModelFacts {

	private ModelFacts() {
	}

	static SchemaFacts of(EntitySchema schema, Dialect dialect) {
		Map<String, TableFacts> tables = new LinkedHashMap<>();
		for (Table table : schema.snapshot().tables()) {
			tables.put(table.name(), table(table, schema.initStatements(table.name()), dialect));
		}
		List<SequenceFact> sequences = schema.snapshot()
			.sequences()
			.stream()
			.map((sequence) -> new SequenceFact(sequence.name(), sequence.start(), sequence.increment()))
			.toList();
		return new SchemaFacts(tables, sequences);
	}

	private static TableFacts table(Table table, List<String> initStatements, Dialect dialect) {
		boolean enumChecks = dialect instanceof PostgresDialect;
		Set<CheckFact> checks = new HashSet<>();
		List<ColumnFact> columns = table.columns().stream().map((column) -> {
			ColumnType type = column.type();
			if (enumChecks && type.kind() == TypeKind.ENUM) {
				checks.add(new CheckFact(null, enumCheck(column), column.name()));
				type = ColumnType.varchar(Objects.requireNonNull(type.length()));
			}
			return new ColumnFact(column.name(), dialect.canonicalType(type), column.nullable(), column.autoIncrement(),
					(column.defaultValue() != null) ? column.defaultValue().text() : null);
		}).toList();
		table.checks()
			.forEach((check) -> checks
				.add(new CheckFact(check.name(), check.expression(), (check.name() != null) ? null : check.column())));
		PrimaryKey primaryKey = table.primaryKey();
		return new TableFacts(table.name(), columns, (primaryKey != null) ? primaryKey.name() : null,
				(primaryKey != null) ? primaryKey.columns() : List.of(),
				table.uniqueConstraints()
					.stream()
					.map((unique) -> new UniqueFact(unique.name(), unique.columns()))
					.toList(),
				checks,
				table.indexes()
					.stream()
					.map((index) -> new IndexFact(index.name(), index.columns(), index.unique()))
					.toList(),
				table.foreignKeys()
					.stream()
					.map((key) -> new ForeignKeyFact(key.name(), key.columns(), key.referencedTable(),
							key.referencedColumns(), key.onDelete()))
					.toList(),
				initStatements);
	}

	private static String enumCheck(Column column) {
		return column.name() + " in ("
				+ String.join(",",
						column.type().values().stream().map((value) -> "'" + value.replace("'", "''") + "'").toList())
				+ ")";
	}

}
