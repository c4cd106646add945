package dev.strata.migration;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.strata.migration.Blueprint.Key;
import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.ForeignKey;
import dev.strata.model.Identifiers;
import dev.strata.model.Index;
import dev.strata.model.PrimaryKey;
import dev.strata.model.Table;
import dev.strata.model.UniqueConstraint;
import dev.strata.operation.AddCheck;
import dev.strata.operation.AddColumn;
import dev.strata.operation.AddForeignKey;
import dev.strata.operation.AddIndex;
import dev.strata.operation.AddPrimaryKey;
import dev.strata.operation.AddUniqueConstraint;
import dev.strata.operation.AlterColumn;
import dev.strata.operation.ConstraintNaming;
import dev.strata.operation.CreateTable;
import dev.strata.operation.InvalidOperationException;
import dev.strata.operation.SchemaOperation;
import org.jspecify.annotations.Nullable;

/**
 * Turns what a {@link Blueprint} recorded into operations: one {@link CreateTable} for
 * {@code schema.create}, or one operation per change, in the order written, for
 * {@code schema.table}. Constraints and indexes left unnamed get their
 * {@linkplain ConstraintNaming conventional names} here.
 */
final class BlueprintOperations {

	private final String table;

	private final Set<String> checkNames = new HashSet<>();

	private final @Nullable List<String> columns;

	private BlueprintOperations(String table, @Nullable List<String> columns) {
		this.table = table;
		this.columns = columns;
	}

	static List<SchemaOperation> of(Blueprint blueprint) {
		List<String> columns = blueprint.isCreating() ? blueprint.steps()
			.stream()
			.filter(ColumnDefinition.class::isInstance)
			.map((step) -> ((ColumnDefinition) step).name())
			.toList() : null;
		BlueprintOperations operations = new BlueprintOperations(blueprint.tableName(), columns);
		blueprint.steps().forEach((step) -> {
			if (step instanceof CheckDefinition check && check.explicitName() != null) {
				operations.checkNames.add(Identifiers.key(check.explicitName()));
			}
		});
		return blueprint.isCreating() ? List.of(operations.create(blueprint.steps()))
				: operations.alter(blueprint.steps());
	}

	private CreateTable create(List<Object> steps) {
		List<Column> columns = new ArrayList<>();
		List<String> primaryColumns = new ArrayList<>();
		PrimaryKey primaryKey = null;
		List<UniqueConstraint> uniques = new ArrayList<>();
		List<Index> indexes = new ArrayList<>();
		List<ForeignKey> foreignKeys = new ArrayList<>();
		List<CheckConstraint> checks = new ArrayList<>();
		for (Object step : steps) {
			if (step instanceof ColumnDefinition column) {
				if (column.isChange()) {
					throw new InvalidOperationException(this.table, column.name(), "Column [" + column.name()
							+ "] of table [" + this.table + "] uses change() while the table is being created");
				}
				columns.add(column.toColumn());
				if (column.isPrimary()) {
					primaryColumns.add(column.name());
				}
				uniques.addAll(columnUnique(column));
				indexes.addAll(columnIndex(column));
				checks.addAll(columnCheck(column));
			}
			else if (step instanceof Key key && key.kind() == Blueprint.KeyKind.PRIMARY) {
				if (primaryKey != null) {
					throw new InvalidOperationException(this.table, null,
							"Table [" + this.table + "] declares primary() twice");
				}
				primaryKey = new PrimaryKey(
						nameOr(key.definition().explicitName(), ConstraintNaming.primaryKey(this.table)),
						key.definition().columns());
			}
			else if (step instanceof Key key && key.kind() == Blueprint.KeyKind.UNIQUE) {
				uniques.add(unique(key.definition()));
			}
			else if (step instanceof Key key) {
				indexes.add(index(key.definition(), key.kind() == Blueprint.KeyKind.UNIQUE_INDEX));
			}
			else if (step instanceof ForeignKeyDefinition foreignKey) {
				foreignKeys.add(foreignKey.toForeignKey());
			}
			else if (step instanceof CheckDefinition check) {
				checks.add(tableCheck(check));
			}
		}
		if (!primaryColumns.isEmpty()) {
			if (primaryKey != null) {
				throw new InvalidOperationException(this.table, primaryColumns.get(0),
						"Table [" + this.table + "] declares a primary key both on column [" + primaryColumns.get(0)
								+ "] and with primary(" + String.join(", ", primaryKey.columns()) + ")");
			}
			primaryKey = new PrimaryKey(ConstraintNaming.primaryKey(this.table), primaryColumns);
		}
		return new CreateTable(new Table(this.table, columns, primaryKey, uniques, indexes, foreignKeys, checks));
	}

	private List<SchemaOperation> alter(List<Object> steps) {
		List<SchemaOperation> operations = new ArrayList<>();
		for (Object step : steps) {
			if (step instanceof ColumnDefinition column) {
				Column definition = column.toColumn();
				operations.add(column.isChange() ? new AlterColumn(this.table, definition)
						: new AddColumn(this.table, definition));
				if (column.isPrimary()) {
					operations.add(new AddPrimaryKey(this.table,
							new PrimaryKey(ConstraintNaming.primaryKey(this.table), List.of(column.name()))));
				}
				columnUnique(column).forEach((unique) -> operations.add(new AddUniqueConstraint(this.table, unique)));
				columnIndex(column).forEach((index) -> operations.add(new AddIndex(this.table, index)));
				columnCheck(column).forEach((check) -> operations.add(new AddCheck(this.table, check)));
			}
			else if (step instanceof Key key) {
				KeyDefinition definition = key.definition();
				operations.add(switch (key.kind()) {
					case PRIMARY -> new AddPrimaryKey(this.table,
							new PrimaryKey(nameOr(definition.explicitName(), ConstraintNaming.primaryKey(this.table)),
									definition.columns()));
					case UNIQUE -> new AddUniqueConstraint(this.table, unique(definition));
					case INDEX -> new AddIndex(this.table, index(definition, false));
					case UNIQUE_INDEX -> new AddIndex(this.table, index(definition, true));
				});
			}
			else if (step instanceof ForeignKeyDefinition foreignKey) {
				operations.add(new AddForeignKey(this.table, foreignKey.toForeignKey()));
			}
			else if (step instanceof CheckDefinition check) {
				operations.add(new AddCheck(this.table, tableCheck(check)));
			}
			else {
				operations.add((SchemaOperation) step);
			}
		}
		return operations;
	}

	private List<UniqueConstraint> columnUnique(ColumnDefinition column) {
		return column.isUnique()
				? List.of(new UniqueConstraint(ConstraintNaming.unique(this.table, List.of(column.name())),
						List.of(column.name())))
				: List.of();
	}

	private List<Index> columnIndex(ColumnDefinition column) {
		return column.isIndex() ? List
			.of(new Index(ConstraintNaming.index(this.table, List.of(column.name())), List.of(column.name()), false))
				: List.of();
	}

	private List<CheckConstraint> columnCheck(ColumnDefinition column) {
		String expression = column.checkExpression();
		return (expression != null) ? List.of(new CheckConstraint(checkName(expression), expression, column.name()))
				: List.of();
	}

	private UniqueConstraint unique(KeyDefinition key) {
		return new UniqueConstraint(nameOr(key.explicitName(), ConstraintNaming.unique(this.table, key.columns())),
				key.columns());
	}

	private Index index(KeyDefinition key, boolean unique) {
		return new Index(nameOr(key.explicitName(), ConstraintNaming.index(this.table, key.columns())), key.columns(),
				unique);
	}

	private CheckConstraint tableCheck(CheckDefinition check) {
		String name = check.explicitName();
		return new CheckConstraint((name != null) ? name : checkName(check.expression()), check.expression(), null);
	}

	private String checkName(String expression) {
		return ConstraintNaming.untaken(ConstraintNaming.check(this.table, expression, this.columns), this.checkNames);
	}

	private static String nameOr(@Nullable String explicit, String conventional) {
		return (explicit != null) ? explicit : conventional;
	}

}
