package dev.strata.operation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.ForeignKey;
import dev.strata.model.Identifiers;
import dev.strata.model.Index;
import dev.strata.model.PrimaryKey;
import dev.strata.model.SchemaSnapshot;
import dev.strata.model.Sequence;
import dev.strata.model.Table;
import dev.strata.model.UniqueConstraint;
import org.jspecify.annotations.Nullable;

/**
 * Applies an operation to a {@link SchemaSnapshot}, giving the schema after it (Django's
 * {@code state_forwards}). Replaying every operation of the existing migrations from
 * {@link SchemaSnapshot#empty()} yields the schema they build, without a database.
 * <p>
 * It checks each operation the way the strictest supported database would and throws
 * {@link InvalidOperationException} naming the table and column when one cannot apply, so
 * mistakes surface before any SQL runs. It mirrors what the databases do implicitly:
 * primary key columns become NOT NULL, dropping a column drops the indexes and
 * constraints on it, renames carry through to the keys that mention the old name.
 */
public final class SnapshotProjector implements SchemaOperationVisitor<SchemaSnapshot> {

	private final SchemaSnapshot snapshot;

	private SnapshotProjector(SchemaSnapshot snapshot) {
		this.snapshot = snapshot;
	}

	/**
	 * Return the schema after an operation.
	 * @param snapshot the schema before
	 * @param operation the operation
	 * @return the schema after
	 * @throws InvalidOperationException if the operation cannot apply to the schema
	 */
	public static SchemaSnapshot apply(SchemaSnapshot snapshot, SchemaOperation operation) {
		return operation.accept(new SnapshotProjector(snapshot));
	}

	/**
	 * Return the schema after a list of operations, applied in order.
	 * @param snapshot the schema before
	 * @param operations the operations
	 * @return the schema after
	 * @throws InvalidOperationException if an operation cannot apply
	 */
	public static SchemaSnapshot applyAll(SchemaSnapshot snapshot, List<SchemaOperation> operations) {
		SchemaSnapshot current = snapshot;
		for (SchemaOperation operation : operations) {
			current = apply(current, operation);
		}
		return current;
	}

	@Override
	public SchemaSnapshot visitCreateTable(CreateTable operation) {
		Table table = operation.table();
		if (this.snapshot.hasTable(table.name())) {
			throw new InvalidOperationException(table.name(), null, "Table [" + table.name() + "] already exists");
		}
		if (table.columns().isEmpty()) {
			throw new InvalidOperationException(table.name(), null, "Table [" + table.name() + "] has no columns");
		}
		Set<String> seen = new HashSet<>();
		for (Column column : table.columns()) {
			if (!seen.add(Identifiers.key(column.name()))) {
				throw new InvalidOperationException(table.name(), column.name(),
						"Column [" + column.name() + "] is defined twice in table [" + table.name() + "]");
			}
		}
		Table empty = Table.named(table.name()).withColumns(table.columns());
		SchemaSnapshot result = this.snapshot.withTable(empty);
		if (table.primaryKey() != null) {
			result = apply(result, new AddPrimaryKey(table.name(), table.primaryKey()));
		}
		for (UniqueConstraint unique : table.uniqueConstraints()) {
			result = apply(result, new AddUniqueConstraint(table.name(), unique));
		}
		for (CheckConstraint check : table.checks()) {
			result = apply(result, new AddCheck(table.name(), check));
		}
		for (Index index : table.indexes()) {
			result = apply(result, new AddIndex(table.name(), index));
		}
		for (ForeignKey foreignKey : table.foreignKeys()) {
			result = apply(result, new AddForeignKey(table.name(), foreignKey));
		}
		return result;
	}

	@Override
	public SchemaSnapshot visitDropTable(DropTable operation) {
		Optional<Table> table = this.snapshot.table(operation.table());
		if (table.isEmpty()) {
			if (operation.ifExists()) {
				return this.snapshot;
			}
			throw new InvalidOperationException(operation.table(), null,
					"Cannot drop table [" + operation.table() + "]: it does not exist");
		}
		for (Table other : this.snapshot.tables()) {
			if (Identifiers.same(other.name(), operation.table())) {
				continue;
			}
			for (ForeignKey foreignKey : other.foreignKeys()) {
				if (Identifiers.same(foreignKey.referencedTable(), operation.table())) {
					throw new InvalidOperationException(operation.table(), null,
							"Cannot drop table [" + operation.table() + "]: foreign key " + describe(foreignKey)
									+ " of table [" + other.name() + "] references it; drop that foreign key first");
				}
			}
		}
		return this.snapshot.withoutTable(operation.table());
	}

	@Override
	public SchemaSnapshot visitRenameTable(RenameTable operation) {
		Table table = requireTable(operation.table(), "rename table");
		if (this.snapshot.hasTable(operation.newName()) && !Identifiers.same(operation.table(), operation.newName())) {
			throw new InvalidOperationException(operation.newName(), null, "Cannot rename table [" + operation.table()
					+ "] to [" + operation.newName() + "]: a table of that name already exists");
		}
		List<ConventionalRenames.NameChange> names = ConventionalRenames.afterTableRename(table, operation.newName(),
				this.snapshot);
		SchemaSnapshot result = this.snapshot.withoutTable(table.name());
		result = result
			.withTable(renameReferences(ConventionalRenames.apply(table.withName(operation.newName()), names),
					operation.table(), operation.newName()));
		for (Table other : result.tables()) {
			if (!Identifiers.same(other.name(), operation.newName())) {
				result = result.withTable(renameReferences(other, operation.table(), operation.newName()));
			}
		}
		return result;
	}

	private static Table renameReferences(Table table, String oldName, String newName) {
		return table.withForeignKeys(table.foreignKeys()
			.stream()
			.map((foreignKey) -> Identifiers.same(foreignKey.referencedTable(), oldName)
					? foreignKey.withReference(newName, foreignKey.referencedColumns()) : foreignKey)
			.toList());
	}

	@Override
	public SchemaSnapshot visitAddColumn(AddColumn operation) {
		Table table = requireTable(operation.table(), "add column [" + operation.column().name() + "]");
		if (table.hasColumn(operation.column().name())) {
			throw new InvalidOperationException(table.name(), operation.column().name(),
					"Column [" + operation.column().name() + "] already exists in table [" + table.name() + "]");
		}
		return this.snapshot.withTable(table.withColumn(operation.column()));
	}

	@Override
	public SchemaSnapshot visitAlterColumn(AlterColumn operation) {
		Table table = requireTable(operation.table(), "change column [" + operation.column().name() + "]");
		requireColumn(table, operation.column().name(), "change");
		Column changed = operation.column();
		if (changed.nullable() && table.primaryKey() != null
				&& containsColumn(table.primaryKey().columns(), changed.name())) {
			throw new InvalidOperationException(table.name(), changed.name(), "Column [" + changed.name()
					+ "] of table [" + table.name() + "] is part of the primary key and cannot be made nullable");
		}
		return this.snapshot
			.withTable(table.withColumnChanged(changed.name(), (column) -> changed.withName(column.name())));
	}

	@Override
	public SchemaSnapshot visitDropColumn(DropColumn operation) {
		Table table = requireTable(operation.table(), "drop column [" + operation.column() + "]");
		String column = requireColumn(table, operation.column(), "drop").name();
		for (Table other : this.snapshot.tables()) {
			for (ForeignKey foreignKey : other.foreignKeys()) {
				boolean sameTable = Identifiers.same(other.name(), table.name());
				if (Identifiers.same(foreignKey.referencedTable(), table.name())
						&& containsColumn(foreignKey.referencedColumns(), column)
						&& !(sameTable && containsColumn(foreignKey.columns(), column))) {
					throw new InvalidOperationException(table.name(), column,
							"Cannot drop column [" + column + "] of table [" + table.name() + "]: foreign key "
									+ describe(foreignKey) + " of table [" + other.name()
									+ "] references it; drop that foreign key first");
				}
			}
		}
		if (table.columns().size() == 1) {
			throw new InvalidOperationException(table.name(), column, "Cannot drop column [" + column
					+ "]: it is the last column of table [" + table.name() + "]; drop the table instead");
		}
		PrimaryKey primaryKey = table.primaryKey();
		Table result = table.withoutColumn(column)
			.withPrimaryKey((primaryKey != null && containsColumn(primaryKey.columns(), column)) ? null : primaryKey)
			.withUniqueConstraints(table.uniqueConstraints()
				.stream()
				.filter((unique) -> !containsColumn(unique.columns(), column))
				.toList())
			.withIndexes(table.indexes().stream().filter((index) -> !containsColumn(index.columns(), column)).toList())
			.withForeignKeys(table.foreignKeys()
				.stream()
				.filter((foreignKey) -> !containsColumn(foreignKey.columns(), column))
				.toList())
			.withChecks(table.checks()
				.stream()
				.filter((check) -> !(check.column() != null && Identifiers.same(check.column(), column))
						&& !mentions(check.expression(), column))
				.toList());
		return this.snapshot.withTable(result);
	}

	@Override
	public SchemaSnapshot visitRenameColumn(RenameColumn operation) {
		Table table = requireTable(operation.table(), "rename column [" + operation.column() + "]");
		String oldName = requireColumn(table, operation.column(), "rename").name();
		String newName = operation.newName();
		if (table.hasColumn(newName) && !Identifiers.same(oldName, newName)) {
			throw new InvalidOperationException(table.name(), oldName, "Cannot rename column [" + oldName
					+ "] of table [" + table.name() + "] to [" + newName + "]: that column already exists");
		}
		List<ConventionalRenames.NameChange> names = ConventionalRenames.afterColumnRename(table, oldName, newName,
				this.snapshot);
		PrimaryKey primaryKey = table.primaryKey();
		Table result = table.withColumnChanged(oldName, (column) -> column.withName(newName))
			.withPrimaryKey((primaryKey != null)
					? primaryKey.withColumns(rename(primaryKey.columns(), oldName, newName)) : null)
			.withUniqueConstraints(table.uniqueConstraints()
				.stream()
				.map((unique) -> unique.withColumns(rename(unique.columns(), oldName, newName)))
				.toList())
			.withIndexes(table.indexes()
				.stream()
				.map((index) -> index.withColumns(rename(index.columns(), oldName, newName)))
				.toList())
			.withForeignKeys(table.foreignKeys()
				.stream()
				.map((foreignKey) -> foreignKey.withColumns(rename(foreignKey.columns(), oldName, newName)))
				.toList())
			.withChecks(table.checks()
				.stream()
				.map((check) -> new CheckConstraint(check.name(),
						renameInExpression(check.expression(), oldName, newName),
						(check.column() != null && Identifiers.same(check.column(), oldName)) ? newName
								: check.column()))
				.toList());
		SchemaSnapshot renamed = this.snapshot.withTable(ConventionalRenames.apply(result, names));
		for (Table other : renamed.tables()) {
			renamed = renamed
				.withTable(
						other.withForeignKeys(
								other.foreignKeys()
									.stream()
									.map((foreignKey) -> Identifiers.same(foreignKey.referencedTable(), table.name())
											? foreignKey.withReference(foreignKey.referencedTable(),
													rename(foreignKey.referencedColumns(), oldName, newName))
											: foreignKey)
									.toList()));
		}
		return renamed;
	}

	@Override
	public SchemaSnapshot visitAddPrimaryKey(AddPrimaryKey operation) {
		Table table = requireTable(operation.table(), "add a primary key");
		if (table.primaryKey() != null) {
			throw new InvalidOperationException(table.name(), null, "Table [" + table.name()
					+ "] already has a primary key " + table.primaryKey().columns() + "; drop it first (dropPrimary)");
		}
		PrimaryKey key = operation.primaryKey();
		requireColumns(table, key.columns(), "primary key");
		requireFreeName(key.name(), table.name());
		Table result = table.withPrimaryKey(key);
		for (String column : key.columns()) {
			result = result.withColumnChanged(column, (existing) -> existing.withNullable(false));
		}
		return this.snapshot.withTable(result);
	}

	@Override
	public SchemaSnapshot visitDropPrimaryKey(DropPrimaryKey operation) {
		Table table = requireTable(operation.table(), "drop the primary key");
		PrimaryKey key = table.primaryKey();
		if (key == null) {
			throw new InvalidOperationException(table.name(), null,
					"Cannot drop the primary key of table [" + table.name() + "]: it has none");
		}
		requireNotReferenced(table, key.columns(), "primary key");
		return this.snapshot.withTable(table.withPrimaryKey(null));
	}

	@Override
	public SchemaSnapshot visitAddUniqueConstraint(AddUniqueConstraint operation) {
		Table table = requireTable(operation.table(), "add a unique constraint");
		UniqueConstraint unique = operation.constraint();
		requireColumns(table, unique.columns(), "unique constraint");
		requireFreeName(unique.name(), table.name());
		List<UniqueConstraint> uniques = new ArrayList<>(table.uniqueConstraints());
		uniques.add(unique);
		return this.snapshot.withTable(table.withUniqueConstraints(uniques));
	}

	@Override
	public SchemaSnapshot visitDropUniqueConstraint(DropUniqueConstraint operation) {
		Table table = requireTable(operation.table(), "drop a unique constraint");
		UniqueConstraint unique = operation.selector()
			.find(table.uniqueConstraints(), UniqueConstraint::name, UniqueConstraint::columns)
			.orElseThrow(() -> notFound(table, "unique constraint", operation.selector()));
		requireNotReferenced(table, unique.columns(), "unique constraint");
		return this.snapshot.withTable(table.withUniqueConstraints(
				table.uniqueConstraints().stream().filter((candidate) -> candidate != unique).toList()));
	}

	@Override
	public SchemaSnapshot visitAddIndex(AddIndex operation) {
		Table table = requireTable(operation.table(), "create an index");
		Index index = operation.index();
		requireColumns(table, index.columns(), "index");
		requireFreeName(index.name(), table.name());
		List<Index> indexes = new ArrayList<>(table.indexes());
		indexes.add(index);
		return this.snapshot.withTable(table.withIndexes(indexes));
	}

	@Override
	public SchemaSnapshot visitDropIndex(DropIndex operation) {
		Table table = requireTable(operation.table(), "drop an index");
		Index index = operation.selector()
			.find(table.indexes(), Index::name, Index::columns)
			.orElseThrow(() -> notFound(table, "index", operation.selector()));
		return this.snapshot
			.withTable(table.withIndexes(table.indexes().stream().filter((candidate) -> candidate != index).toList()));
	}

	@Override
	public SchemaSnapshot visitAddForeignKey(AddForeignKey operation) {
		Table table = requireTable(operation.table(), "add a foreign key");
		ForeignKey foreignKey = operation.foreignKey();
		requireColumns(table, foreignKey.columns(), "foreign key");
		Table referenced = this.snapshot.table(foreignKey.referencedTable())
			.orElseThrow(() -> new InvalidOperationException(table.name(), foreignKey.columns().get(0),
					"Foreign key " + describe(foreignKey) + " of table [" + table.name() + "] references table ["
							+ foreignKey.referencedTable() + "], which does not exist"));
		for (String column : foreignKey.referencedColumns()) {
			if (!referenced.hasColumn(column)) {
				throw new InvalidOperationException(table.name(), foreignKey.columns().get(0),
						"Foreign key " + describe(foreignKey) + " of table [" + table.name() + "] references column ["
								+ column + "] of table [" + referenced.name() + "], which does not exist");
			}
		}
		if (!isUniqueKey(referenced, foreignKey.referencedColumns())) {
			throw new InvalidOperationException(table.name(), foreignKey.columns().get(0),
					"Foreign key " + describe(foreignKey) + " of table [" + table.name() + "] references "
							+ foreignKey.referencedColumns() + " of table [" + referenced.name()
							+ "], which are neither its primary key nor unique");
		}
		requireFreeName(foreignKey.name(), table.name());
		List<ForeignKey> foreignKeys = new ArrayList<>(table.foreignKeys());
		foreignKeys.add(foreignKey);
		return this.snapshot.withTable(table.withForeignKeys(foreignKeys));
	}

	@Override
	public SchemaSnapshot visitDropForeignKey(DropForeignKey operation) {
		Table table = requireTable(operation.table(), "drop a foreign key");
		ForeignKey foreignKey = operation.selector()
			.find(table.foreignKeys(), ForeignKey::name, ForeignKey::columns)
			.orElseThrow(() -> notFound(table, "foreign key", operation.selector()));
		return this.snapshot.withTable(table
			.withForeignKeys(table.foreignKeys().stream().filter((candidate) -> candidate != foreignKey).toList()));
	}

	@Override
	public SchemaSnapshot visitAddCheck(AddCheck operation) {
		Table table = requireTable(operation.table(), "add a check constraint");
		CheckConstraint check = operation.check();
		if (check.column() != null) {
			requireColumn(table, check.column(), "check");
		}
		requireFreeName(check.name(), table.name());
		List<CheckConstraint> checks = new ArrayList<>(table.checks());
		checks.add(check);
		return this.snapshot.withTable(table.withChecks(checks));
	}

	@Override
	public SchemaSnapshot visitDropCheck(DropCheck operation) {
		Table table = requireTable(operation.table(), "drop a check constraint");
		CheckConstraint check = table.checks()
			.stream()
			.filter((candidate) -> candidate.name() != null && Identifiers.same(candidate.name(), operation.name()))
			.findFirst()
			.orElseThrow(() -> notFound(table, "check constraint", ConstraintSelector.named(operation.name())));
		return this.snapshot
			.withTable(table.withChecks(table.checks().stream().filter((candidate) -> candidate != check).toList()));
	}

	@Override
	public SchemaSnapshot visitRenameConstraint(RenameConstraint operation) {
		Table table = requireTable(operation.table(), "rename constraint [" + operation.name() + "]");
		if (table.constraintAndIndexNames().stream().noneMatch((name) -> Identifiers.same(name, operation.name()))) {
			throw new InvalidOperationException(table.name(), null, "Cannot rename constraint [" + operation.name()
					+ "] of table [" + table.name() + "]: the table has no constraint or index of that name");
		}
		if (!Identifiers.same(operation.name(), operation.newName())) {
			requireFreeName(operation.newName(), table.name());
		}
		boolean index = table.hasIndexNamed(operation.name());
		return this.snapshot.withTable(ConventionalRenames.apply(table,
				List.of(new ConventionalRenames.NameChange(index, operation.name(), operation.newName()))));
	}

	@Override
	public SchemaSnapshot visitCreateSequence(CreateSequence operation) {
		Sequence sequence = operation.sequence();
		if (this.snapshot.sequence(sequence.name()).isPresent()) {
			throw new InvalidOperationException(null, null, "Sequence [" + sequence.name() + "] already exists");
		}
		return this.snapshot.withSequence(sequence);
	}

	@Override
	public SchemaSnapshot visitAlterSequence(AlterSequence operation) {
		Sequence sequence = this.snapshot.sequence(operation.name())
			.orElseThrow(() -> new InvalidOperationException(null, null,
					"Cannot change sequence [" + operation.name() + "]: it does not exist"));
		return this.snapshot.withSequence(new Sequence(sequence.name(), sequence.start(), operation.increment()));
	}

	@Override
	public SchemaSnapshot visitRenameSequence(RenameSequence operation) {
		Sequence sequence = this.snapshot.sequence(operation.name())
			.orElseThrow(() -> new InvalidOperationException(null, null,
					"Cannot rename sequence [" + operation.name() + "]: it does not exist"));
		if (this.snapshot.sequence(operation.newName()).isPresent()
				&& !Identifiers.same(operation.name(), operation.newName())) {
			throw new InvalidOperationException(null, null, "Cannot rename sequence [" + operation.name() + "] to ["
					+ operation.newName() + "]: a sequence of that name already exists");
		}
		return this.snapshot.withoutSequence(sequence.name())
			.withSequence(new Sequence(operation.newName(), sequence.start(), sequence.increment()));
	}

	@Override
	public SchemaSnapshot visitDropSequence(DropSequence operation) {
		if (this.snapshot.sequence(operation.name()).isEmpty()) {
			throw new InvalidOperationException(null, null,
					"Cannot drop sequence [" + operation.name() + "]: it does not exist");
		}
		return this.snapshot.withoutSequence(operation.name());
	}

	@Override
	public SchemaSnapshot visitRawSql(RawSql operation) {
		return this.snapshot;
	}

	private Table requireTable(String name, String action) {
		return this.snapshot.table(name)
			.orElseThrow(() -> new InvalidOperationException(name, null,
					"Cannot " + action + " in table [" + name + "]: the table does not exist"));
	}

	private static Column requireColumn(Table table, String column, String action) {
		return table.column(column)
			.orElseThrow(() -> new InvalidOperationException(table.name(), column, "Cannot " + action + " column ["
					+ column + "] of table [" + table.name() + "]: the column does not exist"));
	}

	private static void requireColumns(Table table, List<String> columns, String what) {
		for (String column : columns) {
			if (!table.hasColumn(column)) {
				throw new InvalidOperationException(table.name(), column, "The " + what + " on " + columns
						+ " of table [" + table.name() + "] names column [" + column + "], which does not exist");
			}
		}
	}

	private void requireFreeName(@Nullable String name, String tableName) {
		if (name == null) {
			return;
		}
		this.snapshot.tableUsingConstraintName(name).ifPresent((owner) -> {
			throw new InvalidOperationException(tableName, null,
					"The name [" + name + "] is already used by a constraint or index of table [" + owner
							+ "]; constraint and index names must be unique in the schema: give this one another name");
		});
	}

	private void requireNotReferenced(Table table, List<String> columns, String what) {
		for (Table other : this.snapshot.tables()) {
			for (ForeignKey foreignKey : other.foreignKeys()) {
				if (Identifiers.same(foreignKey.referencedTable(), table.name())
						&& Identifiers.same(foreignKey.referencedColumns(), columns)) {
					throw new InvalidOperationException(table.name(), columns.get(0),
							"Cannot drop the " + what + " " + columns + " of table [" + table.name() + "]: foreign key "
									+ describe(foreignKey) + " of table [" + other.name()
									+ "] references it; drop that foreign key first");
				}
			}
		}
	}

	private static boolean isUniqueKey(Table table, List<String> columns) {
		if (table.primaryKey() != null && sameSet(table.primaryKey().columns(), columns)) {
			return true;
		}
		return table.uniqueConstraints().stream().anyMatch((unique) -> sameSet(unique.columns(), columns))
				|| table.indexes().stream().anyMatch((index) -> index.unique() && sameSet(index.columns(), columns));
	}

	private static boolean sameSet(List<String> first, List<String> second) {
		return first.size() == second.size() && first.stream().allMatch((column) -> containsColumn(second, column));
	}

	private static InvalidOperationException notFound(Table table, String what, ConstraintSelector selector) {
		return new InvalidOperationException(table.name(),
				(selector.nameOrColumns().size() == 1) ? null : selector.nameOrColumns().get(0),
				"Cannot drop " + what + " [" + selector + "] of table [" + table.name() + "]: no " + what
						+ " has that name or those columns");
	}

	private static boolean containsColumn(List<String> columns, String column) {
		return columns.stream().anyMatch((candidate) -> Identifiers.same(candidate, column));
	}

	private static List<String> rename(List<String> columns, String oldName, String newName) {
		return columns.stream().map((column) -> Identifiers.same(column, oldName) ? newName : column).toList();
	}

	private static String describe(ForeignKey foreignKey) {
		return ((foreignKey.name() != null) ? "[" + foreignKey.name() + "] " : "") + foreignKey.columns() + " -> "
				+ foreignKey.referencedTable() + foreignKey.referencedColumns();
	}

	private static final Pattern LITERAL_OR_WORD = Pattern
		.compile("'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|[A-Za-z_][A-Za-z_0-9$]*");

	static boolean mentions(String expression, String column) {
		Matcher matcher = LITERAL_OR_WORD.matcher(expression);
		while (matcher.find()) {
			String token = matcher.group();
			if (!token.startsWith("'") && Identifiers.same(unquote(token), column)) {
				return true;
			}
		}
		return false;
	}

	static String renameInExpression(String expression, String oldName, String newName) {
		Matcher matcher = LITERAL_OR_WORD.matcher(expression);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			String token = matcher.group();
			String replacement = (!token.startsWith("'") && Identifiers.same(unquote(token), oldName))
					? (token.startsWith("\"") ? "\"" + newName + "\"" : newName) : token;
			matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	private static String unquote(String token) {
		return token.startsWith("\"") ? token.substring(1, token.length() - 1).replace("\"\"", "\"")
				: token.toLowerCase(Locale.ROOT);
	}

}
