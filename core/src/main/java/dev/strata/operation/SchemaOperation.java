package dev.strata.operation;

/**
 * One change to a schema. The hierarchy is closed, so every interpreter (a
 * {@link SchemaOperationVisitor}) must handle every operation: adding one fails to
 * compile until all of them do.
 */
public sealed interface SchemaOperation
		permits CreateTable, DropTable, RenameTable, AddColumn, AlterColumn, DropColumn, RenameColumn, AddPrimaryKey,
		DropPrimaryKey, AddUniqueConstraint, DropUniqueConstraint, AddIndex, DropIndex, AddForeignKey, DropForeignKey,
		AddCheck, DropCheck, RenameConstraint, CreateSequence, AlterSequence, RenameSequence, DropSequence, RawSql {

	/**
	 * Dispatch to the visitor method for this operation.
	 * @param <R> the result type
	 * @param visitor the interpreter
	 * @return the visitor's result
	 */
	<R> R accept(SchemaOperationVisitor<R> visitor);

}
