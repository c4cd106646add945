package dev.strata.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.ForeignKey;
import dev.strata.model.Identifiers;
import dev.strata.model.Index;
import dev.strata.model.PrimaryKey;
import dev.strata.model.ReferentialAction;
import dev.strata.model.SchemaSnapshot;
import dev.strata.model.Sequence;
import dev.strata.model.Table;
import dev.strata.model.UniqueConstraint;
import dev.strata.operation.AddCheck;
import dev.strata.operation.AddColumn;
import dev.strata.operation.AddForeignKey;
import dev.strata.operation.AddIndex;
import dev.strata.operation.AddPrimaryKey;
import dev.strata.operation.AddUniqueConstraint;
import dev.strata.operation.AlterSequence;
import dev.strata.operation.AlterColumn;
import dev.strata.operation.ConstraintSelector;
import dev.strata.operation.ConventionalRenames;
import dev.strata.operation.CreateSequence;
import dev.strata.operation.CreateTable;
import dev.strata.operation.DropCheck;
import dev.strata.operation.DropColumn;
import dev.strata.operation.DropForeignKey;
import dev.strata.operation.DropIndex;
import dev.strata.operation.DropPrimaryKey;
import dev.strata.operation.DropSequence;
import dev.strata.operation.DropTable;
import dev.strata.operation.DropUniqueConstraint;
import dev.strata.operation.InvalidOperationException;
import dev.strata.operation.RawSql;
import dev.strata.operation.RenameColumn;
import dev.strata.operation.RenameConstraint;
import dev.strata.operation.RenameSequence;
import dev.strata.operation.RenameTable;
import dev.strata.operation.SchemaOperationVisitor;
import org.jspecify.annotations.Nullable;

/**
 * Renders operations to SQL statements through a {@link StandardDialect}'s hooks. The
 * schema before the operation resolves what the operation leaves implicit: the name of a
 * constraint dropped by its columns, the old definition of a changed column, the
 * constraints that go with a dropped column.
 */
final class OperationRenderer implements SchemaOperationVisitor<List<String>> {

	private final StandardDialect dialect;

	private final SchemaSnapshot before;

	OperationRenderer(StandardDialect dialect, SchemaSnapshot before) {
		this.dialect = dialect;
		this.before = before;
	}

	@Override
	public List<String> visitCreateTable(CreateTable operation) {
		Table table = operation.table();
		List<String> elements = new ArrayList<>();
		for (Column column : table.columns()) {
			elements.add(this.dialect.columnDefinition(table, column));
		}
		if (table.primaryKey() != null) {
			elements.add(primaryKey(table.primaryKey()));
		}
		for (UniqueConstraint unique : table.uniqueConstraints()) {
			elements.add(unique(unique));
		}
		for (Column column : table.columns()) {
			elements.addAll(this.dialect.impliedChecks(table.name(), column));
		}
		for (CheckConstraint check : table.checks()) {
			elements.add(check(check));
		}
		for (ForeignKey foreignKey : table.foreignKeys()) {
			elements.add(foreignKey(foreignKey));
		}
		List<String> statements = new ArrayList<>();
		statements.add("create table " + id(table.name()) + " (" + String.join(", ", elements) + ")");
		for (Index index : table.indexes()) {
			statements.add(createIndex(table.name(), index));
		}
		return statements;
	}

	@Override
	public List<String> visitDropTable(DropTable operation) {
		return List.of("drop table " + (operation.ifExists() ? "if exists " : "") + id(operation.table()));
	}

	@Override
	public List<String> visitRenameTable(RenameTable operation) {
		List<String> statements = new ArrayList<>();
		statements.add(this.dialect.renameTable(operation.table(), operation.newName()));
		this.before.table(operation.table()).ifPresent((table) -> {
			statements.addAll(this.dialect.renameImpliedChecks(table, operation.newName(), "", ""));
			statements.addAll(this.dialect.renameImpliedSequences(table, operation.newName(), "", ""));
			statements.addAll(renames(operation.newName(),
					ConventionalRenames.afterTableRename(table, operation.newName(), this.before)));
		});
		return statements;
	}

	@Override
	public List<String> visitAddColumn(AddColumn operation) {
		Table table = table(operation.table());
		List<String> statements = new ArrayList<>();
		statements.add(alterTable(operation.table()) + " add column "
				+ this.dialect.columnDefinition(table, operation.column()));
		for (String check : this.dialect.impliedChecks(operation.table(), operation.column())) {
			statements.add(alterTable(operation.table()) + " add " + check);
		}
		return statements;
	}

	@Override
	public List<String> visitAlterColumn(AlterColumn operation) {
		Table table = table(operation.table());
		Column from = table.column(operation.column().name())
			.orElseThrow(() -> new InvalidOperationException(table.name(), operation.column().name(),
					"Cannot change column [" + operation.column().name() + "] of table [" + table.name()
							+ "]: the column does not exist"));
		return this.dialect.alterColumn(table, from, operation.column().withName(from.name()));
	}

	@Override
	public List<String> visitDropColumn(DropColumn operation) {
		Table table = table(operation.table());
		String column = operation.column();
		List<String> statements = new ArrayList<>();
		for (ForeignKey foreignKey : table.foreignKeys()) {
			if (contains(foreignKey.columns(), column) && foreignKey.name() != null) {
				statements.add(this.dialect.dropConstraint(table.name(), foreignKey.name()));
			}
		}
		for (Index index : table.indexes()) {
			if (contains(index.columns(), column) && index.name() != null) {
				statements.add(this.dialect.dropIndex(table.name(), index.name()));
			}
		}
		for (UniqueConstraint unique : table.uniqueConstraints()) {
			if (contains(unique.columns(), column) && unique.name() != null) {
				statements.add(this.dialect.dropConstraint(table.name(), unique.name()));
			}
		}
		for (CheckConstraint check : table.checks()) {
			if (check.column() != null && Identifiers.same(check.column(), column) && check.name() != null) {
				statements.add(this.dialect.dropConstraint(table.name(), check.name()));
			}
		}
		PrimaryKey primaryKey = table.primaryKey();
		if (primaryKey != null && contains(primaryKey.columns(), column)) {
			statements.add(this.dialect.dropPrimaryKey(table.name(), primaryKey.name()));
		}
		statements.add(alterTable(table.name()) + " drop column " + id(column));
		return statements;
	}

	@Override
	public List<String> visitRenameColumn(RenameColumn operation) {
		Table table = table(operation.table());
		List<String> statements = new ArrayList<>();
		statements.add(this.dialect.renameColumn(operation.table(), operation.column(), operation.newName()));
		statements.addAll(
				this.dialect.renameImpliedChecks(table, operation.table(), operation.column(), operation.newName()));
		statements.addAll(
				this.dialect.renameImpliedSequences(table, operation.table(), operation.column(), operation.newName()));
		statements.addAll(renames(operation.table(),
				ConventionalRenames.afterColumnRename(table, operation.column(), operation.newName(), this.before)));
		return statements;
	}

	@Override
	public List<String> visitAddPrimaryKey(AddPrimaryKey operation) {
		return List.of(alterTable(operation.table()) + " add " + primaryKey(operation.primaryKey()));
	}

	@Override
	public List<String> visitDropPrimaryKey(DropPrimaryKey operation) {
		PrimaryKey key = table(operation.table()).primaryKey();
		return List.of(this.dialect.dropPrimaryKey(operation.table(), (key != null) ? key.name() : null));
	}

	@Override
	public List<String> visitAddUniqueConstraint(AddUniqueConstraint operation) {
		return List.of(alterTable(operation.table()) + " add " + unique(operation.constraint()));
	}

	@Override
	public List<String> visitDropUniqueConstraint(DropUniqueConstraint operation) {
		Table table = table(operation.table());
		UniqueConstraint unique = find(table, table.uniqueConstraints(), operation.selector(), "unique constraint",
				UniqueConstraint::name, UniqueConstraint::columns);
		return List
			.of(this.dialect.dropConstraint(table.name(), requireName(table, unique.name(), "unique constraint")));
	}

	@Override
	public List<String> visitAddIndex(AddIndex operation) {
		return List.of(createIndex(operation.table(), operation.index()));
	}

	@Override
	public List<String> visitDropIndex(DropIndex operation) {
		Table table = table(operation.table());
		Index index = find(table, table.indexes(), operation.selector(), "index", Index::name, Index::columns);
		return List.of(this.dialect.dropIndex(table.name(), requireName(table, index.name(), "index")));
	}

	@Override
	public List<String> visitAddForeignKey(AddForeignKey operation) {
		return List.of(alterTable(operation.table()) + " add " + foreignKey(operation.foreignKey()));
	}

	@Override
	public List<String> visitDropForeignKey(DropForeignKey operation) {
		Table table = table(operation.table());
		ForeignKey foreignKey = find(table, table.foreignKeys(), operation.selector(), "foreign key", ForeignKey::name,
				ForeignKey::columns);
		return List.of(this.dialect.dropConstraint(table.name(), requireName(table, foreignKey.name(), "foreign key")));
	}

	@Override
	public List<String> visitAddCheck(AddCheck operation) {
		return List.of(alterTable(operation.table()) + " add " + check(operation.check()));
	}

	@Override
	public List<String> visitDropCheck(DropCheck operation) {
		return List.of(this.dialect.dropConstraint(operation.table(), operation.name()));
	}

	@Override
	public List<String> visitRenameConstraint(RenameConstraint operation) {
		Table table = table(operation.table());
		boolean index = table.hasIndexNamed(operation.name());
		return renames(operation.table(),
				List.of(new ConventionalRenames.NameChange(index, operation.name(), operation.newName())));
	}

	@Override
	public List<String> visitCreateSequence(CreateSequence operation) {
		return List.of("create sequence " + id(operation.sequence().name()) + " start with "
				+ operation.sequence().start() + " increment by " + operation.sequence().increment());
	}

	@Override
	public List<String> visitAlterSequence(AlterSequence operation) {
		return List.of("alter sequence " + id(operation.name()) + " increment by " + operation.increment());
	}

	@Override
	public List<String> visitRenameSequence(RenameSequence operation) {
		Sequence sequence = this.before.sequence(operation.name())
			.orElseThrow(() -> new InvalidOperationException(null, null,
					"Sequence [" + operation.name() + "] does not exist"));
		return this.dialect.renameSequence(sequence, operation.newName());
	}

	@Override
	public List<String> visitDropSequence(DropSequence operation) {
		return List.of("drop sequence " + id(operation.name()));
	}

	@Override
	public List<String> visitRawSql(RawSql operation) {
		return List.of(operation.sql());
	}

	private List<String> renames(String table, List<ConventionalRenames.NameChange> changes) {
		return changes.stream()
			.map((change) -> change.index() ? this.dialect.renameIndex(table, change.oldName(), change.newName())
					: this.dialect.renameConstraint(table, change.oldName(), change.newName()))
			.toList();
	}

	private String primaryKey(PrimaryKey key) {
		return constraintName(key.name()) + "primary key (" + ids(key.columns()) + ")";
	}

	private String unique(UniqueConstraint unique) {
		return constraintName(unique.name()) + "unique (" + ids(unique.columns()) + ")";
	}

	private String check(CheckConstraint check) {
		return constraintName(check.name()) + "check (" + check.expression() + ")";
	}

	private String foreignKey(ForeignKey foreignKey) {
		return constraintName(foreignKey.name()) + "foreign key (" + ids(foreignKey.columns()) + ") references "
				+ id(foreignKey.referencedTable()) + " (" + ids(foreignKey.referencedColumns()) + ")"
				+ action("delete", foreignKey.onDelete()) + action("update", foreignKey.onUpdate());
	}

	private String createIndex(String table, Index index) {
		return "create " + (index.unique() ? "unique " : "") + "index "
				+ ((index.name() != null) ? id(index.name()) + " " : "") + "on " + id(table) + " ("
				+ ids(index.columns()) + ")";
	}

	private String constraintName(@Nullable String name) {
		return (name != null) ? "constraint " + id(name) + " " : "";
	}

	private static String action(String event, ReferentialAction action) {
		return (action == ReferentialAction.NO_ACTION) ? "" : " on " + event + " " + action.sql();
	}

	private String alterTable(String table) {
		return "alter table " + id(table);
	}

	private Table table(String name) {
		return this.before.table(name)
			.orElseThrow(() -> new InvalidOperationException(name, null, "Table [" + name + "] does not exist"));
	}

	private static <T> T find(Table table, List<T> candidates, ConstraintSelector selector, String what,
			Function<T, @Nullable String> name, Function<T, List<String>> columns) {
		return selector.find(candidates, name, columns)
			.orElseThrow(() -> new InvalidOperationException(table.name(), null, "Cannot drop " + what + " [" + selector
					+ "] of table [" + table.name() + "]: no " + what + " has that name or those columns"));
	}

	private static String requireName(Table table, @Nullable String name, String what) {
		if (name == null) {
			throw new InvalidOperationException(table.name(), null, "Cannot drop the " + what + " of table ["
					+ table.name() + "]: its name is unknown; drop it by the name the database gave it");
		}
		return name;
	}

	private String id(String name) {
		return this.dialect.identifier(name);
	}

	private String ids(List<String> names) {
		return String.join(", ", names.stream().map(this::id).toList());
	}

	private static boolean contains(List<String> columns, String column) {
		return columns.stream().anyMatch((candidate) -> Identifiers.same(candidate, column));
	}

}
