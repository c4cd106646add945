package dev.strata.runner;

import dev.strata.operation.AddCheck;
import dev.strata.operation.AddColumn;
import dev.strata.operation.AddForeignKey;
import dev.strata.operation.AddIndex;
import dev.strata.operation.AddPrimaryKey;
import dev.strata.operation.AddUniqueConstraint;
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
import dev.strata.operation.RenameTable;
import dev.strata.operation.SchemaOperation;
import dev.strata.operation.SchemaOperationVisitor;

/**
 * The table and column an operation concerns, for error messages: the column of a column
 * operation, the first column of a key, no column for a table operation.
 */
final class OperationSubject implements SchemaOperationVisitor<Subject> {

	private static final OperationSubject INSTANCE = new OperationSubject();

	private static final Subject NONE = new Subject(null, null);

	static Subject of(SchemaOperation operation) {
		return operation.accept(INSTANCE);
	}

	@Override
	public Subject visitCreateTable(CreateTable operation) {
		return new Subject(operation.table().name(), null);
	}

	@Override
	public Subject visitDropTable(DropTable operation) {
		return new Subject(operation.table(), null);
	}

	@Override
	public Subject visitRenameTable(RenameTable operation) {
		return new Subject(operation.table(), null);
	}

	@Override
	public Subject visitAddColumn(AddColumn operation) {
		return new Subject(operation.table(), operation.column().name());
	}

	@Override
	public Subject visitAlterColumn(AlterColumn operation) {
		return new Subject(operation.table(), operation.column().name());
	}

	@Override
	public Subject visitDropColumn(DropColumn operation) {
		return new Subject(operation.table(), operation.column());
	}

	@Override
	public Subject visitRenameColumn(RenameColumn operation) {
		return new Subject(operation.table(), operation.column());
	}

	@Override
	public Subject visitAddPrimaryKey(AddPrimaryKey operation) {
		return new Subject(operation.table(), operation.primaryKey().columns().get(0));
	}

	@Override
	public Subject visitDropPrimaryKey(DropPrimaryKey operation) {
		return new Subject(operation.table(), null);
	}

	@Override
	public Subject visitAddUniqueConstraint(AddUniqueConstraint operation) {
		return new Subject(operation.table(), operation.constraint().columns().get(0));
	}

	@Override
	public Subject visitDropUniqueConstraint(DropUniqueConstraint operation) {
		return new Subject(operation.table(), null);
	}

	@Override
	public Subject visitAddIndex(AddIndex operation) {
		return new Subject(operation.table(), operation.index().columns().get(0));
	}

	@Override
	public Subject visitDropIndex(DropIndex operation) {
		return new Subject(operation.table(), null);
	}

	@Override
	public Subject visitAddForeignKey(AddForeignKey operation) {
		return new Subject(operation.table(), operation.foreignKey().columns().get(0));
	}

	@Override
	public Subject visitDropForeignKey(DropForeignKey operation) {
		return new Subject(operation.table(), null);
	}

	@Override
	public Subject visitAddCheck(AddCheck operation) {
		return new Subject(operation.table(), operation.check().column());
	}

	@Override
	public Subject visitDropCheck(DropCheck operation) {
		return new Subject(operation.table(), null);
	}

	@Override
	public Subject visitCreateSequence(CreateSequence operation) {
		return NONE;
	}

	@Override
	public Subject visitDropSequence(DropSequence operation) {
		return NONE;
	}

	@Override
	public Subject visitRawSql(RawSql operation) {
		return NONE;
	}

}
