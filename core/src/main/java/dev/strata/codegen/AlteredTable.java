package dev.strata.codegen;

import java.util.Optional;

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

/**
 * Tells which table an operation changes from inside {@code schema.table}: the operations
 * on columns, keys, indexes and constraints. The others ({@code create}, {@code drop},
 * {@code rename}, sequences, raw SQL) are calls on {@code schema} itself.
 */
final class AlteredTable implements SchemaOperationVisitor<Optional<String>> {

	private static final AlteredTable INSTANCE = new AlteredTable();

	private AlteredTable() {
	}

	/**
	 * Return the table an operation changes inside {@code schema.table}.
	 * @param operation the operation
	 * @return the table, or empty for an operation on the schema
	 */
	static Optional<String> of(SchemaOperation operation) {
		return operation.accept(INSTANCE);
	}

	@Override
	public Optional<String> visitCreateTable(CreateTable operation) {
		return Optional.empty();
	}

	@Override
	public Optional<String> visitDropTable(DropTable operation) {
		return Optional.empty();
	}

	@Override
	public Optional<String> visitRenameTable(RenameTable operation) {
		return Optional.empty();
	}

	@Override
	public Optional<String> visitAddColumn(AddColumn operation) {
		return Optional.of(operation.table());
	}

	@Override
	public Optional<String> visitAlterColumn(AlterColumn operation) {
		return Optional.of(operation.table());
	}

	@Override
	public Optional<String> visitDropColumn(DropColumn operation) {
		return Optional.of(operation.table());
	}

	@Override
	public Optional<String> visitRenameColumn(RenameColumn operation) {
		return Optional.of(operation.table());
	}

	@Override
	public Optional<String> visitAddPrimaryKey(AddPrimaryKey operation) {
		return Optional.of(operation.table());
	}

	@Override
	public Optional<String> visitDropPrimaryKey(DropPrimaryKey operation) {
		return Optional.of(operation.table());
	}

	@Override
	public Optional<String> visitAddUniqueConstraint(AddUniqueConstraint operation) {
		return Optional.of(operation.table());
	}

	@Override
	public Optional<String> visitDropUniqueConstraint(DropUniqueConstraint operation) {
		return Optional.of(operation.table());
	}

	@Override
	public Optional<String> visitAddIndex(AddIndex operation) {
		return Optional.of(operation.table());
	}

	@Override
	public Optional<String> visitDropIndex(DropIndex operation) {
		return Optional.of(operation.table());
	}

	@Override
	public Optional<String> visitAddForeignKey(AddForeignKey operation) {
		return Optional.of(operation.table());
	}

	@Override
	public Optional<String> visitDropForeignKey(DropForeignKey operation) {
		return Optional.of(operation.table());
	}

	@Override
	public Optional<String> visitAddCheck(AddCheck operation) {
		return Optional.of(operation.table());
	}

	@Override
	public Optional<String> visitDropCheck(DropCheck operation) {
		return Optional.of(operation.table());
	}

	@Override
	public Optional<String> visitRenameConstraint(RenameConstraint operation) {
		return Optional.of(operation.table());
	}

	@Override
	public Optional<String> visitCreateSequence(CreateSequence operation) {
		return Optional.empty();
	}

	@Override
	public Optional<String> visitAlterSequence(AlterSequence operation) {
		return Optional.empty();
	}

	@Override
	public Optional<String> visitRenameSequence(RenameSequence operation) {
		return Optional.empty();
	}

	@Override
	public Optional<String> visitDropSequence(DropSequence operation) {
		return Optional.empty();
	}

	@Override
	public Optional<String> visitRawSql(RawSql operation) {
		return Optional.empty();
	}

}
