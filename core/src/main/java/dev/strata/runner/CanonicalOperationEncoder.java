package dev.strata.runner;

import java.util.List;

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
 * Writes operations in a canonical text form that the checksum is computed from. Every
 * operation and every field of the values it carries is written explicitly, in a fixed
 * order, under a fixed tag, so the form does not depend on {@code toString()}, on class
 * names or on anything that a refactoring of Strata could change by accident. Strings are
 * written with their length ({@code 5:users}), so no separator inside a name can make two
 * different operations encode alike; {@code ~} stands for an absent value.
 * <p>
 * Changing this form changes the checksum of every migration already applied; it is
 * versioned by {@link #FORMAT} for that reason.
 */
final class CanonicalOperationEncoder implements SchemaOperationVisitor<Void> {

	/** The version of the encoding, written first. */
	static final String FORMAT = "strata-ops-1";

	private final CanonicalValueWriter values;

	private CanonicalOperationEncoder(StringBuilder out) {
		this.values = new CanonicalValueWriter(out);
	}

	/**
	 * Encode a list of operations.
	 * @param operations the operations
	 * @return the canonical text
	 */
	static String encode(List<SchemaOperation> operations) {
		StringBuilder out = new StringBuilder(64 + operations.size() * 96);
		out.append(FORMAT).append('\n');
		CanonicalOperationEncoder encoder = new CanonicalOperationEncoder(out);
		for (SchemaOperation operation : operations) {
			operation.accept(encoder);
			out.append('\n');
		}
		return out.toString();
	}

	@Override
	public @Nullable Void visitCreateTable(CreateTable operation) {
		this.values.tag("CreateTable");
		this.values.table(operation.table());
		return null;
	}

	@Override
	public @Nullable Void visitDropTable(DropTable operation) {
		this.values.tag("DropTable");
		this.values.string(operation.table());
		this.values.bool(operation.ifExists());
		return null;
	}

	@Override
	public @Nullable Void visitRenameTable(RenameTable operation) {
		this.values.tag("RenameTable");
		this.values.string(operation.table());
		this.values.string(operation.newName());
		return null;
	}

	@Override
	public @Nullable Void visitAddColumn(AddColumn operation) {
		this.values.tag("AddColumn");
		this.values.string(operation.table());
		this.values.column(operation.column());
		return null;
	}

	@Override
	public @Nullable Void visitAlterColumn(AlterColumn operation) {
		this.values.tag("AlterColumn");
		this.values.string(operation.table());
		this.values.column(operation.column());
		return null;
	}

	@Override
	public @Nullable Void visitDropColumn(DropColumn operation) {
		this.values.tag("DropColumn");
		this.values.string(operation.table());
		this.values.string(operation.column());
		return null;
	}

	@Override
	public @Nullable Void visitRenameColumn(RenameColumn operation) {
		this.values.tag("RenameColumn");
		this.values.string(operation.table());
		this.values.string(operation.column());
		this.values.string(operation.newName());
		return null;
	}

	@Override
	public @Nullable Void visitAddPrimaryKey(AddPrimaryKey operation) {
		this.values.tag("AddPrimaryKey");
		this.values.string(operation.table());
		this.values.primaryKey(operation.primaryKey());
		return null;
	}

	@Override
	public @Nullable Void visitDropPrimaryKey(DropPrimaryKey operation) {
		this.values.tag("DropPrimaryKey");
		this.values.string(operation.table());
		return null;
	}

	@Override
	public @Nullable Void visitAddUniqueConstraint(AddUniqueConstraint operation) {
		this.values.tag("AddUnique");
		this.values.string(operation.table());
		this.values.unique(operation.constraint());
		return null;
	}

	@Override
	public @Nullable Void visitDropUniqueConstraint(DropUniqueConstraint operation) {
		this.values.tag("DropUnique");
		this.values.string(operation.table());
		this.values.selector(operation.selector());
		return null;
	}

	@Override
	public @Nullable Void visitAddIndex(AddIndex operation) {
		this.values.tag("AddIndex");
		this.values.string(operation.table());
		this.values.index(operation.index());
		return null;
	}

	@Override
	public @Nullable Void visitDropIndex(DropIndex operation) {
		this.values.tag("DropIndex");
		this.values.string(operation.table());
		this.values.selector(operation.selector());
		return null;
	}

	@Override
	public @Nullable Void visitAddForeignKey(AddForeignKey operation) {
		this.values.tag("AddForeignKey");
		this.values.string(operation.table());
		this.values.foreignKey(operation.foreignKey());
		return null;
	}

	@Override
	public @Nullable Void visitDropForeignKey(DropForeignKey operation) {
		this.values.tag("DropForeignKey");
		this.values.string(operation.table());
		this.values.selector(operation.selector());
		return null;
	}

	@Override
	public @Nullable Void visitAddCheck(AddCheck operation) {
		this.values.tag("AddCheck");
		this.values.string(operation.table());
		this.values.check(operation.check());
		return null;
	}

	@Override
	public @Nullable Void visitDropCheck(DropCheck operation) {
		this.values.tag("DropCheck");
		this.values.string(operation.table());
		this.values.string(operation.name());
		return null;
	}

	@Override
	public @Nullable Void visitRenameConstraint(RenameConstraint operation) {
		this.values.tag("RenameConstraint");
		this.values.string(operation.table());
		this.values.string(operation.name());
		this.values.string(operation.newName());
		return null;
	}

	@Override
	public @Nullable Void visitCreateSequence(CreateSequence operation) {
		this.values.tag("CreateSequence");
		this.values.sequence(operation.sequence());
		return null;
	}

	@Override
	public @Nullable Void visitAlterSequence(AlterSequence operation) {
		this.values.tag("AlterSequence");
		this.values.string(operation.name());
		this.values.number(operation.increment());
		return null;
	}

	@Override
	public @Nullable Void visitRenameSequence(RenameSequence operation) {
		this.values.tag("RenameSequence");
		this.values.string(operation.name());
		this.values.string(operation.newName());
		return null;
	}

	@Override
	public @Nullable Void visitDropSequence(DropSequence operation) {
		this.values.tag("DropSequence");
		this.values.string(operation.name());
		return null;
	}

	@Override
	public @Nullable Void visitRawSql(RawSql operation) {
		this.values.tag("RawSql");
		this.values.string(operation.sql());
		return null;
	}

}
