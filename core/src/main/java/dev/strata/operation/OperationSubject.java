package dev.strata.operation;

/**
 * The table and column an operation concerns, for error messages: the column of a column
 * operation, the first column of a key, no column for a table operation.
 */
public final class OperationSubject implements SchemaOperationVisitor<Subject> {

	private static final OperationSubject INSTANCE = new OperationSubject();

	private static final Subject NONE = new Subject(null, null);

	/**
	 * Return the table and column an operation concerns.
	 * @param operation the operation
	 * @return the table and column
	 */
	public static Subject of(SchemaOperation operation) {
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
	public Subject visitRenameConstraint(RenameConstraint operation) {
		return new Subject(operation.table(), null);
	}

	@Override
	public Subject visitCreateSequence(CreateSequence operation) {
		return NONE;
	}

	@Override
	public Subject visitAlterSequence(AlterSequence operation) {
		return NONE;
	}

	@Override
	public Subject visitRenameSequence(RenameSequence operation) {
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
