package dev.strata.operation;

/**
 * An interpreter of {@link SchemaOperation}s: one method per operation.
 *
 * @param <R> what the interpreter produces for one operation
 */
public interface SchemaOperationVisitor<R> {

	/**
	 * Interpret a {@link CreateTable}.
	 * @param operation the operation
	 * @return the result
	 */
	R visitCreateTable(CreateTable operation);

	/**
	 * Interpret a {@link DropTable}.
	 * @param operation the operation
	 * @return the result
	 */
	R visitDropTable(DropTable operation);

	/**
	 * Interpret a {@link RenameTable}.
	 * @param operation the operation
	 * @return the result
	 */
	R visitRenameTable(RenameTable operation);

	/**
	 * Interpret a {@link AddColumn}.
	 * @param operation the operation
	 * @return the result
	 */
	R visitAddColumn(AddColumn operation);

	/**
	 * Interpret a {@link AlterColumn}.
	 * @param operation the operation
	 * @return the result
	 */
	R visitAlterColumn(AlterColumn operation);

	/**
	 * Interpret a {@link DropColumn}.
	 * @param operation the operation
	 * @return the result
	 */
	R visitDropColumn(DropColumn operation);

	/**
	 * Interpret a {@link RenameColumn}.
	 * @param operation the operation
	 * @return the result
	 */
	R visitRenameColumn(RenameColumn operation);

	/**
	 * Interpret a {@link AddPrimaryKey}.
	 * @param operation the operation
	 * @return the result
	 */
	R visitAddPrimaryKey(AddPrimaryKey operation);

	/**
	 * Interpret a {@link DropPrimaryKey}.
	 * @param operation the operation
	 * @return the result
	 */
	R visitDropPrimaryKey(DropPrimaryKey operation);

	/**
	 * Interpret a {@link AddUniqueConstraint}.
	 * @param operation the operation
	 * @return the result
	 */
	R visitAddUniqueConstraint(AddUniqueConstraint operation);

	/**
	 * Interpret a {@link DropUniqueConstraint}.
	 * @param operation the operation
	 * @return the result
	 */
	R visitDropUniqueConstraint(DropUniqueConstraint operation);

	/**
	 * Interpret a {@link AddIndex}.
	 * @param operation the operation
	 * @return the result
	 */
	R visitAddIndex(AddIndex operation);

	/**
	 * Interpret a {@link DropIndex}.
	 * @param operation the operation
	 * @return the result
	 */
	R visitDropIndex(DropIndex operation);

	/**
	 * Interpret a {@link AddForeignKey}.
	 * @param operation the operation
	 * @return the result
	 */
	R visitAddForeignKey(AddForeignKey operation);

	/**
	 * Interpret a {@link DropForeignKey}.
	 * @param operation the operation
	 * @return the result
	 */
	R visitDropForeignKey(DropForeignKey operation);

	/**
	 * Interpret a {@link AddCheck}.
	 * @param operation the operation
	 * @return the result
	 */
	R visitAddCheck(AddCheck operation);

	/**
	 * Interpret a {@link DropCheck}.
	 * @param operation the operation
	 * @return the result
	 */
	R visitDropCheck(DropCheck operation);

	/**
	 * Interpret a {@link RenameConstraint}.
	 * @param operation the operation
	 * @return the result
	 */
	R visitRenameConstraint(RenameConstraint operation);

	/**
	 * Interpret a {@link CreateSequence}.
	 * @param operation the operation
	 * @return the result
	 */
	R visitCreateSequence(CreateSequence operation);

	/**
	 * Interpret an {@link AlterSequence}.
	 * @param operation the operation
	 * @return the result
	 */
	R visitAlterSequence(AlterSequence operation);

	/**
	 * Interpret a {@link RenameSequence}.
	 * @param operation the operation
	 * @return the result
	 */
	R visitRenameSequence(RenameSequence operation);

	/**
	 * Interpret a {@link DropSequence}.
	 * @param operation the operation
	 * @return the result
	 */
	R visitDropSequence(DropSequence operation);

	/**
	 * Interpret a {@link RawSql}.
	 * @param operation the operation
	 * @return the result
	 */
	R visitRawSql(RawSql operation);

}
