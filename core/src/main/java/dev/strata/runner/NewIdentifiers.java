package dev.strata.runner;

import java.util.ArrayList;
import java.util.List;

import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.ForeignKey;
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
import dev.strata.operation.AlterSequence;
import dev.strata.operation.AlterColumn;
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
import dev.strata.operation.RawSql;
import dev.strata.operation.RenameColumn;
import dev.strata.operation.RenameConstraint;
import dev.strata.operation.RenameSequence;
import dev.strata.operation.RenameTable;
import dev.strata.operation.SchemaOperation;
import dev.strata.operation.SchemaOperationVisitor;
import org.jspecify.annotations.Nullable;

/**
 * The names an operation gives to new objects (tables, columns, constraints, indexes,
 * sequences), so that each can be checked against the database's identifier length limit
 * before anything runs. Names of existing objects (in drops) were checked when they were
 * created.
 */
final class NewIdentifiers implements SchemaOperationVisitor<List<NewIdentifiers.Identifier>> {

	private static final NewIdentifiers INSTANCE = new NewIdentifiers();

	static List<Identifier> of(SchemaOperation operation) {
		return operation.accept(INSTANCE);
	}

	@Override
	public List<Identifier> visitCreateTable(CreateTable operation) {
		Table table = operation.table();
		List<Identifier> names = new ArrayList<>();
		names.add(new Identifier("table", table.name(), table.name(), null));
		for (Column column : table.columns()) {
			names.add(new Identifier("column", column.name(), table.name(), column.name()));
		}
		PrimaryKey primaryKey = table.primaryKey();
		if (primaryKey != null) {
			names.addAll(visitAddPrimaryKey(new AddPrimaryKey(table.name(), primaryKey)));
		}
		for (UniqueConstraint unique : table.uniqueConstraints()) {
			names.addAll(visitAddUniqueConstraint(new AddUniqueConstraint(table.name(), unique)));
		}
		for (Index index : table.indexes()) {
			names.addAll(visitAddIndex(new AddIndex(table.name(), index)));
		}
		for (ForeignKey foreignKey : table.foreignKeys()) {
			names.addAll(visitAddForeignKey(new AddForeignKey(table.name(), foreignKey)));
		}
		for (CheckConstraint check : table.checks()) {
			names.addAll(visitAddCheck(new AddCheck(table.name(), check)));
		}
		return names;
	}

	@Override
	public List<Identifier> visitDropTable(DropTable operation) {
		return List.of();
	}

	@Override
	public List<Identifier> visitRenameTable(RenameTable operation) {
		return List.of(new Identifier("table", operation.newName(), operation.newName(), null));
	}

	@Override
	public List<Identifier> visitAddColumn(AddColumn operation) {
		String column = operation.column().name();
		return List.of(new Identifier("column", column, operation.table(), column));
	}

	@Override
	public List<Identifier> visitAlterColumn(AlterColumn operation) {
		return List.of();
	}

	@Override
	public List<Identifier> visitDropColumn(DropColumn operation) {
		return List.of();
	}

	@Override
	public List<Identifier> visitRenameColumn(RenameColumn operation) {
		return List.of(new Identifier("column", operation.newName(), operation.table(), operation.newName()));
	}

	@Override
	public List<Identifier> visitAddPrimaryKey(AddPrimaryKey operation) {
		return named("primary key", operation.primaryKey().name(), operation.table(),
				operation.primaryKey().columns().get(0));
	}

	@Override
	public List<Identifier> visitDropPrimaryKey(DropPrimaryKey operation) {
		return List.of();
	}

	@Override
	public List<Identifier> visitAddUniqueConstraint(AddUniqueConstraint operation) {
		return named("unique constraint", operation.constraint().name(), operation.table(),
				operation.constraint().columns().get(0));
	}

	@Override
	public List<Identifier> visitDropUniqueConstraint(DropUniqueConstraint operation) {
		return List.of();
	}

	@Override
	public List<Identifier> visitAddIndex(AddIndex operation) {
		return named("index", operation.index().name(), operation.table(), operation.index().columns().get(0));
	}

	@Override
	public List<Identifier> visitDropIndex(DropIndex operation) {
		return List.of();
	}

	@Override
	public List<Identifier> visitAddForeignKey(AddForeignKey operation) {
		return named("foreign key", operation.foreignKey().name(), operation.table(),
				operation.foreignKey().columns().get(0));
	}

	@Override
	public List<Identifier> visitDropForeignKey(DropForeignKey operation) {
		return List.of();
	}

	@Override
	public List<Identifier> visitAddCheck(AddCheck operation) {
		return named("check constraint", operation.check().name(), operation.table(), operation.check().column());
	}

	@Override
	public List<Identifier> visitDropCheck(DropCheck operation) {
		return List.of();
	}

	@Override
	public List<Identifier> visitRenameConstraint(RenameConstraint operation) {
		return List.of(new Identifier("constraint", operation.newName(), operation.table(), null));
	}

	@Override
	public List<Identifier> visitCreateSequence(CreateSequence operation) {
		return List.of(new Identifier("sequence", operation.sequence().name(), null, null));
	}

	@Override
	public List<Identifier> visitAlterSequence(AlterSequence operation) {
		return List.of();
	}

	@Override
	public List<Identifier> visitRenameSequence(RenameSequence operation) {
		return List.of(new Identifier("sequence", operation.newName(), null, null));
	}

	@Override
	public List<Identifier> visitDropSequence(DropSequence operation) {
		return List.of();
	}

	@Override
	public List<Identifier> visitRawSql(RawSql operation) {
		return List.of();
	}

	private static List<Identifier> named(String what, @Nullable String name, String table, @Nullable String column) {
		return (name != null) ? List.of(new Identifier(what, name, table, column)) : List.of();
	}

	/**
	 * A name given to a new object.
	 *
	 * @param what the kind of object, in words
	 * @param name the name
	 * @param table the table it belongs to, {@code null} for a sequence
	 * @param column the column it concerns, {@code null} if none
	 */
	record Identifier(String what, String name, @Nullable String table, @Nullable String column) {

	}

}
