package dev.strata.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import dev.strata.dialect.Dialect;
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
import dev.strata.operation.ConstraintNaming;
import dev.strata.operation.ConstraintSelector;
import dev.strata.operation.DropCheck;
import dev.strata.operation.DropColumn;
import dev.strata.operation.DropForeignKey;
import dev.strata.operation.DropIndex;
import dev.strata.operation.DropPrimaryKey;
import dev.strata.operation.DropUniqueConstraint;
import dev.strata.operation.RenameConstraint;
import org.jspecify.annotations.Nullable;

/**
 * Compares a table present on both sides: its columns, primary key, unique constraints,
 * indexes, foreign keys and check constraints. Constraints and indexes are matched by
 * what they do (columns, referenced table), not by name; a name counts only where
 * somebody chose it on both sides ({@link GeneratedNames}).
 */
final class TableComparison {

	private final Dialect dialect;

	private final Table actual;

	private final Table expected;

	private final DiffCollector out;

	private final String table;

	TableComparison(Dialect dialect, Table actual, Table expected, DiffCollector out) {
		this.dialect = dialect;
		this.actual = actual;
		this.expected = expected;
		this.out = out;
		this.table = actual.name();
	}

	void compare() {
		compareColumns();
		comparePrimaryKey();
		compareUniqueConstraints();
		compareIndexes();
		compareForeignKeys();
		compareChecks();
	}

	private void compareColumns() {
		ColumnComparison columns = new ColumnComparison(this.dialect, this.table);
		for (Column column : this.expected.columns()) {
			Optional<Column> existing = this.actual.column(column.name());
			if (existing.isPresent()) {
				columns.compare(existing.get(), column, this.out);
				continue;
			}
			this.out.difference(DifferenceKind.MISSING_COLUMN, this.table, column.name(),
					"Column [" + this.table + "." + column.name() + "] is missing");
			List<String> warnings = (!column.nullable() && column.defaultValue() == null && !column.autoIncrement())
					? List.of("Adds NOT NULL column [" + this.table + "." + column.name()
							+ "] without a default: fails if table [" + this.table
							+ "] has rows; give it a default, or add it nullable, fill it and then make it NOT NULL.")
					: List.of();
			this.out.operation(Phase.ADD_COLUMN, new AddColumn(this.table, column), warnings);
		}
		for (Column column : this.actual.columns()) {
			if (!this.expected.hasColumn(column.name())) {
				this.out.difference(DifferenceKind.EXTRA_COLUMN, this.table, column.name(),
						"Column [" + this.table + "." + column.name() + "] exists but is not expected");
				this.out.operation(Phase.DROP_COLUMN, new DropColumn(this.table, column.name()),
						List.of("Drops column [" + this.table + "." + column.name() + "] and the data in it."));
			}
		}
	}

	private void comparePrimaryKey() {
		PrimaryKey actualKey = this.actual.primaryKey();
		PrimaryKey expectedKey = this.expected.primaryKey();
		String conventional = ConstraintNaming.primaryKey(this.table);
		if (actualKey == null && expectedKey == null) {
			return;
		}
		if (expectedKey == null) {
			this.out.difference(DifferenceKind.EXTRA_PRIMARY_KEY, this.table, null,
					"Table [" + this.table + "] has primary key " + actualKey.columns() + " but none is expected");
			this.out.operation(Phase.DROP_CONSTRAINT, new DropPrimaryKey(this.table));
			return;
		}
		if (actualKey == null) {
			this.out.difference(DifferenceKind.MISSING_PRIMARY_KEY, this.table, null,
					"Table [" + this.table + "] has no primary key, expected " + expectedKey.columns());
			this.out.operation(Phase.ADD_CONSTRAINT, new AddPrimaryKey(this.table, expectedKey));
			return;
		}
		boolean columnsDiffer = !Identifiers.same(actualKey.columns(), expectedKey.columns());
		boolean nameDiffers = GeneratedNames.differ(actualKey.name(), expectedKey.name(), conventional);
		if (columnsDiffer || nameDiffers) {
			this.out.difference(DifferenceKind.PRIMARY_KEY, this.table, null,
					"Table [" + this.table + "] has primary key " + describe(actualKey.name(), actualKey.columns())
							+ ", expected " + describe(expectedKey.name(), expectedKey.columns()));
			this.out.operation(Phase.DROP_CONSTRAINT, new DropPrimaryKey(this.table));
			this.out.operation(Phase.ADD_CONSTRAINT, new AddPrimaryKey(this.table, expectedKey));
		}
	}

	private void compareUniqueConstraints() {
		match(this.actual.uniqueConstraints(), this.expected.uniqueConstraints(), (unique) -> key(unique.columns()),
				UniqueConstraint::name, (unique) -> ConstraintNaming.unique(this.table, unique.columns()),
				new Handler<>() {

					@Override
					public void missing(UniqueConstraint unique) {
						difference(DifferenceKind.MISSING_UNIQUE_CONSTRAINT, unique.columns(), "Unique constraint on "
								+ unique.columns() + " of table [" + TableComparison.this.table + "] is missing");
					}

					@Override
					public void add(UniqueConstraint unique) {
						operation(Phase.ADD_CONSTRAINT, new AddUniqueConstraint(TableComparison.this.table, unique));
					}

					@Override
					public void extra(UniqueConstraint unique) {
						difference(DifferenceKind.EXTRA_UNIQUE_CONSTRAINT, unique.columns(),
								"Unique constraint " + describe(unique.name(), unique.columns()) + " of table ["
										+ TableComparison.this.table + "] is not expected");
					}

					@Override
					public void drop(UniqueConstraint unique) {
						operation(Phase.DROP_CONSTRAINT, new DropUniqueConstraint(TableComparison.this.table,
								selector(unique.name(), unique.columns())));
					}

				});
	}

	private void compareIndexes() {
		match(this.actual.indexes(), this.expected.indexes(),
				(index) -> (index.unique() ? "unique:" : "") + key(index.columns()), Index::name,
				(index) -> ConstraintNaming.index(this.table, index.columns()), new Handler<>() {

					@Override
					public void missing(Index index) {
						difference(DifferenceKind.MISSING_INDEX, index.columns(),
								(index.unique() ? "Unique index" : "Index") + " on " + index.columns() + " of table ["
										+ TableComparison.this.table + "] is missing");
					}

					@Override
					public void add(Index index) {
						operation(Phase.ADD_CONSTRAINT, new AddIndex(TableComparison.this.table, index));
					}

					@Override
					public void extra(Index index) {
						difference(DifferenceKind.EXTRA_INDEX, index.columns(),
								"Index " + describe(index.name(), index.columns()) + " of table ["
										+ TableComparison.this.table + "] is not expected");
					}

					@Override
					public void drop(Index index) {
						operation(Phase.DROP_CONSTRAINT,
								new DropIndex(TableComparison.this.table, selector(index.name(), index.columns())));
					}

				});
	}

	private void compareForeignKeys() {
		match(this.actual.foreignKeys(), this.expected.foreignKeys(),
				(foreignKey) -> key(foreignKey.columns()) + "->" + Identifiers.key(foreignKey.referencedTable()) + "."
						+ key(foreignKey.referencedColumns()),
				ForeignKey::name, (foreignKey) -> ConstraintNaming.foreignKey(this.table, foreignKey.columns()),
				new Handler<>() {

					@Override
					public void missing(ForeignKey foreignKey) {
						difference(DifferenceKind.MISSING_FOREIGN_KEY, foreignKey.columns(),
								"Foreign key " + describeForeignKey(foreignKey) + " is missing");
					}

					@Override
					public void add(ForeignKey foreignKey) {
						operation(Phase.ADD_FOREIGN_KEY, new AddForeignKey(TableComparison.this.table, foreignKey));
					}

					@Override
					public void extra(ForeignKey foreignKey) {
						difference(DifferenceKind.EXTRA_FOREIGN_KEY, foreignKey.columns(),
								"Foreign key " + describeForeignKey(foreignKey) + " is not expected");
					}

					@Override
					public void drop(ForeignKey foreignKey) {
						operation(Phase.DROP_FOREIGN_KEY, new DropForeignKey(TableComparison.this.table,
								selector(foreignKey.name(), foreignKey.columns())));
					}

					@Override
					public boolean both(ForeignKey actualKey, ForeignKey expectedKey) {
						if (actualKey.onDelete() != expectedKey.onDelete()
								|| actualKey.onUpdate() != expectedKey.onUpdate()) {
							difference(DifferenceKind.FOREIGN_KEY, expectedKey.columns(),
									"Foreign key " + describeForeignKey(actualKey) + " has on delete "
											+ actualKey.onDelete().sql() + ", on update " + actualKey.onUpdate().sql()
											+ ", expected on delete " + expectedKey.onDelete().sql() + ", on update "
											+ expectedKey.onUpdate().sql());
							operation(Phase.DROP_FOREIGN_KEY, new DropForeignKey(TableComparison.this.table,
									selector(actualKey.name(), actualKey.columns())));
							operation(Phase.ADD_FOREIGN_KEY,
									new AddForeignKey(TableComparison.this.table, expectedKey));
							return true;
						}
						return false;
					}

				});
	}

	private void compareChecks() {
		match(this.actual.checks(), this.expected.checks(),
				(check) -> SqlExpressions.normalizeCondition(check.expression()), CheckConstraint::name,
				(check) -> ConstraintNaming.check(this.table, check.expression(), this.actual.columnNames()),
				new Handler<>() {

					@Override
					public void missing(CheckConstraint check) {
						TableComparison.this.out.difference(DifferenceKind.MISSING_CHECK, TableComparison.this.table,
								check.column(), "Check constraint (" + check.expression() + ") of table ["
										+ TableComparison.this.table + "] is missing");
					}

					@Override
					public void add(CheckConstraint check) {
						operation(Phase.ADD_CONSTRAINT, new AddCheck(TableComparison.this.table, check));
					}

					@Override
					public void extra(CheckConstraint check) {
						TableComparison.this.out.difference(DifferenceKind.EXTRA_CHECK, TableComparison.this.table,
								check.column(),
								"Check constraint " + ((check.name() != null) ? "[" + check.name() + "] " : "") + "("
										+ check.expression() + ") of table [" + TableComparison.this.table
										+ "] is not expected");
					}

					@Override
					public void drop(CheckConstraint check) {
						if (check.name() != null) {
							operation(Phase.DROP_CONSTRAINT, new DropCheck(TableComparison.this.table, check.name()));
						}
					}

				});
	}

	/**
	 * Pairs the constraints of both sides by key and reports the unpaired ones, and the
	 * paired ones whose chosen names differ.
	 */
	private <T> void match(List<T> actualItems, List<T> expectedItems, Function<T, String> key,
			Function<T, @Nullable String> name, Function<T, String> conventional, Handler<T> handler) {
		List<T> unmatchedActual = new ArrayList<>(actualItems);
		for (T expectedItem : expectedItems) {
			String expectedKey = key.apply(expectedItem);
			Optional<T> actualItem = unmatchedActual.stream()
				.filter((candidate) -> key.apply(candidate).equals(expectedKey))
				.findFirst();
			if (actualItem.isEmpty()) {
				handler.missing(expectedItem);
				handler.add(expectedItem);
				continue;
			}
			unmatchedActual.remove(actualItem.get());
			String actualName = name.apply(actualItem.get());
			String expectedName = name.apply(expectedItem);
			if (GeneratedNames.differ(actualName, expectedName, conventional.apply(expectedItem))) {
				this.out.difference(DifferenceKind.CONSTRAINT_NAME, this.table, null,
						"Constraint or index [" + actualName + "] of table [" + this.table
								+ "] is expected to be named [" + expectedName + "]");
				handler.drop(actualItem.get());
				handler.add(expectedItem);
				continue;
			}
			boolean recreated = handler.both(actualItem.get(), expectedItem);
			if (!recreated && GeneratedNames.hibernateHash(actualName) && GeneratedNames.hibernateHash(expectedName)
					&& !actualName.equalsIgnoreCase(expectedName)) {
				// Not a difference (made-up names match any name), but Hibernate now
				// hashes another name, after a table or column rename: follow it.
				this.out.operation(Phase.RENAME, new RenameConstraint(this.table, actualName, expectedName));
			}
		}
		for (T extra : unmatchedActual) {
			handler.extra(extra);
			handler.drop(extra);
		}
	}

	private void difference(DifferenceKind kind, List<String> columns, String message) {
		this.out.difference(kind, this.table, (columns.size() == 1) ? columns.get(0) : null, message);
	}

	private void operation(Phase phase, dev.strata.operation.SchemaOperation operation) {
		this.out.operation(phase, operation);
	}

	private String describeForeignKey(ForeignKey foreignKey) {
		return ((foreignKey.name() != null) ? "[" + foreignKey.name() + "] " : "") + this.table + foreignKey.columns()
				+ " -> " + foreignKey.referencedTable() + foreignKey.referencedColumns();
	}

	private static String describe(@Nullable String name, List<String> columns) {
		return ((name != null) ? "[" + name + "] " : "") + columns;
	}

	private static ConstraintSelector selector(@Nullable String name, List<String> columns) {
		return (name != null) ? ConstraintSelector.named(name) : new ConstraintSelector(columns);
	}

	private static String key(List<String> columns) {
		return String.join(",", columns).toLowerCase(Locale.ROOT);
	}

	/**
	 * What to do with missing, extra and paired constraints of one kind.
	 */
	/**
	 * What to report and do for the constraints of one kind: the differences of missing
	 * and extra ones, and the operations that add and drop one (a renamed constraint is
	 * dropped and added, with one difference that says it is renamed).
	 */
	private interface Handler<T> {

		void missing(T item);

		void add(T item);

		void extra(T item);

		void drop(T item);

		/**
		 * Compare a constraint present on both sides.
		 * @param actual the actual one
		 * @param expected the expected one
		 * @return whether it is dropped and added again (under the expected name)
		 */
		default boolean both(T actual, T expected) {
			return false;
		}

	}

}
