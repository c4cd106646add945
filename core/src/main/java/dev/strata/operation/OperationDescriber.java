package dev.strata.operation;

import java.util.List;

import dev.strata.model.Column;
import dev.strata.model.ForeignKey;
import dev.strata.model.Index;
import dev.strata.model.ReferentialAction;
import dev.strata.model.Table;
import org.jspecify.annotations.Nullable;

/**
 * Describes an operation in one line of plain words, for logs, listings and messages.
 */
public final class OperationDescriber implements SchemaOperationVisitor<String> {

	private static final OperationDescriber INSTANCE = new OperationDescriber();

	private static final int SQL_PREVIEW_LENGTH = 80;

	private OperationDescriber() {
	}

	/**
	 * Describe an operation.
	 * @param operation the operation
	 * @return one line
	 */
	public static String describe(SchemaOperation operation) {
		return operation.accept(INSTANCE);
	}

	@Override
	public String visitCreateTable(CreateTable operation) {
		Table table = operation.table();
		StringBuilder text = new StringBuilder("create table ").append(table.name()).append(" (");
		text.append(String.join(", ", table.columns().stream().map(Column::toString).toList()));
		if (table.primaryKey() != null) {
			text.append(", primary key ").append(table.primaryKey().columns());
		}
		table.uniqueConstraints().forEach((unique) -> text.append(", unique ").append(unique.columns()));
		table.foreignKeys().forEach((foreignKey) -> text.append(", ").append(foreignKey(foreignKey)));
		table.checks().forEach((check) -> text.append(", check (").append(check.expression()).append(')'));
		text.append(')');
		table.indexes().forEach((index) -> text.append(", ").append(index(index)));
		return text.toString();
	}

	@Override
	public String visitDropTable(DropTable operation) {
		return "drop table " + (operation.ifExists() ? "if exists " : "") + operation.table();
	}

	@Override
	public String visitRenameTable(RenameTable operation) {
		return "rename table " + operation.table() + " to " + operation.newName();
	}

	@Override
	public String visitAddColumn(AddColumn operation) {
		return "add column " + operation.table() + "." + operation.column();
	}

	@Override
	public String visitAlterColumn(AlterColumn operation) {
		return "change column " + operation.table() + "." + operation.column();
	}

	@Override
	public String visitDropColumn(DropColumn operation) {
		return "drop column " + operation.table() + "." + operation.column();
	}

	@Override
	public String visitRenameColumn(RenameColumn operation) {
		return "rename column " + operation.table() + "." + operation.column() + " to " + operation.newName();
	}

	@Override
	public String visitAddPrimaryKey(AddPrimaryKey operation) {
		return "add primary key" + name(operation.primaryKey().name()) + " on " + operation.table()
				+ operation.primaryKey().columns();
	}

	@Override
	public String visitDropPrimaryKey(DropPrimaryKey operation) {
		return "drop primary key of " + operation.table();
	}

	@Override
	public String visitAddUniqueConstraint(AddUniqueConstraint operation) {
		return "add unique constraint" + name(operation.constraint().name()) + " on " + operation.table()
				+ operation.constraint().columns();
	}

	@Override
	public String visitDropUniqueConstraint(DropUniqueConstraint operation) {
		return "drop unique constraint " + operation.selector() + " of " + operation.table();
	}

	@Override
	public String visitAddIndex(AddIndex operation) {
		return index(operation.index()) + " on " + operation.table();
	}

	@Override
	public String visitDropIndex(DropIndex operation) {
		return "drop index " + operation.selector() + " of " + operation.table();
	}

	@Override
	public String visitAddForeignKey(AddForeignKey operation) {
		return "add " + foreignKey(operation.foreignKey()) + " on " + operation.table();
	}

	@Override
	public String visitDropForeignKey(DropForeignKey operation) {
		return "drop foreign key " + operation.selector() + " of " + operation.table();
	}

	@Override
	public String visitAddCheck(AddCheck operation) {
		return "add check constraint" + name(operation.check().name()) + " on " + operation.table() + ": "
				+ operation.check().expression();
	}

	@Override
	public String visitDropCheck(DropCheck operation) {
		return "drop check constraint " + operation.name() + " of " + operation.table();
	}

	@Override
	public String visitRenameConstraint(RenameConstraint operation) {
		return "rename constraint " + operation.name() + " of " + operation.table() + " to " + operation.newName();
	}

	@Override
	public String visitCreateSequence(CreateSequence operation) {
		return "create sequence " + operation.sequence().name() + " start " + operation.sequence().start()
				+ " increment " + operation.sequence().increment();
	}

	@Override
	public String visitAlterSequence(AlterSequence operation) {
		return "change sequence " + operation.name() + " to increment " + operation.increment();
	}

	@Override
	public String visitRenameSequence(RenameSequence operation) {
		return "rename sequence " + operation.name() + " to " + operation.newName();
	}

	@Override
	public String visitDropSequence(DropSequence operation) {
		return "drop sequence " + operation.name();
	}

	@Override
	public String visitRawSql(RawSql operation) {
		String sql = operation.sql().strip().replaceAll("\\s+", " ");
		return "run SQL: " + ((sql.length() > SQL_PREVIEW_LENGTH) ? sql.substring(0, SQL_PREVIEW_LENGTH) + "..." : sql);
	}

	private static String foreignKey(ForeignKey foreignKey) {
		return "foreign key" + name(foreignKey.name()) + " " + foreignKey.columns() + " references "
				+ foreignKey.referencedTable() + foreignKey.referencedColumns()
				+ action("delete", foreignKey.onDelete()) + action("update", foreignKey.onUpdate());
	}

	private static String index(Index index) {
		return "create " + (index.unique() ? "unique " : "") + "index" + name(index.name()) + " " + index.columns();
	}

	private static String action(String event, ReferentialAction action) {
		return (action == ReferentialAction.NO_ACTION) ? "" : " on " + event + " " + action.sql();
	}

	private static String name(@Nullable String name) {
		return (name != null) ? " " + name : "";
	}

	static String columns(List<String> columns) {
		return String.join(", ", columns);
	}

}
