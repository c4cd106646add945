package dev.strata.operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.ForeignKey;
import dev.strata.model.Identifiers;
import dev.strata.model.Index;
import dev.strata.model.PrimaryKey;
import dev.strata.model.SchemaSnapshot;
import dev.strata.model.Table;
import dev.strata.model.UniqueConstraint;
import org.jspecify.annotations.Nullable;

/**
 * Derives the operations that undo an operation, from the operation and the schema before
 * it: {@link CreateTable} is undone by {@link DropTable}, {@link AddColumn} by
 * {@link DropColumn}, a rename by the rename back, {@link AlterColumn} by altering the
 * column back to its old definition, and each drop by adding back what the schema before
 * held.
 * <p>
 * Undoing a drop restores the structure, not the data: the rows of a dropped table, the
 * values of a dropped column and the current value of a dropped sequence are gone, and a
 * column added back comes last in its table. Raw SQL has no inverse.
 * <p>
 * The runner uses it to compensate on databases whose DDL is not transactional (H2,
 * MySQL): when a migration fails, it runs the inverses of what was already executed, in
 * reverse order.
 */
public final class OperationInverter implements SchemaOperationVisitor<Optional<List<SchemaOperation>>> {

	private final SchemaSnapshot before;

	private OperationInverter(SchemaSnapshot before) {
		this.before = before;
	}

	/**
	 * Return the operations that undo an operation.
	 * @param operation the operation
	 * @param before the schema before the operation
	 * @return the operations to apply, in order, to the schema after the operation to get
	 * back the schema before it; empty if the operation cannot be undone (raw SQL)
	 */
	public static Optional<List<SchemaOperation>> inverse(SchemaOperation operation, SchemaSnapshot before) {
		return operation.accept(new OperationInverter(before));
	}

	@Override
	public Optional<List<SchemaOperation>> visitCreateTable(CreateTable operation) {
		return of(new DropTable(operation.table().name(), false));
	}

	@Override
	public Optional<List<SchemaOperation>> visitDropTable(DropTable operation) {
		return Optional.of(this.before.table(operation.table())
			.<List<SchemaOperation>>map((table) -> List.of(new CreateTable(table)))
			.orElse(List.of()));
	}

	@Override
	public Optional<List<SchemaOperation>> visitRenameTable(RenameTable operation) {
		String oldName = table(operation.table()).name();
		return of(new RenameTable(operation.newName(), oldName));
	}

	@Override
	public Optional<List<SchemaOperation>> visitAddColumn(AddColumn operation) {
		return of(new DropColumn(operation.table(), operation.column().name()));
	}

	@Override
	public Optional<List<SchemaOperation>> visitAlterColumn(AlterColumn operation) {
		Table table = table(operation.table());
		return of(new AlterColumn(table.name(), column(table, operation.column().name())));
	}

	@Override
	public Optional<List<SchemaOperation>> visitDropColumn(DropColumn operation) {
		Table table = table(operation.table());
		Column column = column(table, operation.column());
		List<SchemaOperation> inverse = new ArrayList<>();
		inverse.add(new AddColumn(table.name(), column));
		PrimaryKey primaryKey = table.primaryKey();
		if (primaryKey != null && mentions(primaryKey.columns(), column.name())) {
			inverse.add(new AddPrimaryKey(table.name(), primaryKey));
		}
		for (UniqueConstraint unique : table.uniqueConstraints()) {
			if (mentions(unique.columns(), column.name())) {
				inverse.add(new AddUniqueConstraint(table.name(), unique));
			}
		}
		for (Index index : table.indexes()) {
			if (mentions(index.columns(), column.name())) {
				inverse.add(new AddIndex(table.name(), index));
			}
		}
		for (ForeignKey foreignKey : table.foreignKeys()) {
			if (mentions(foreignKey.columns(), column.name())) {
				inverse.add(new AddForeignKey(table.name(), foreignKey));
			}
		}
		for (CheckConstraint check : table.checks()) {
			if ((check.column() != null && Identifiers.same(check.column(), column.name()))
					|| SnapshotProjector.mentions(check.expression(), column.name())) {
				inverse.add(new AddCheck(table.name(), check));
			}
		}
		return Optional.of(List.copyOf(inverse));
	}

	@Override
	public Optional<List<SchemaOperation>> visitRenameColumn(RenameColumn operation) {
		Table table = table(operation.table());
		String oldName = column(table, operation.column()).name();
		return of(new RenameColumn(table.name(), operation.newName(), oldName));
	}

	@Override
	public Optional<List<SchemaOperation>> visitAddPrimaryKey(AddPrimaryKey operation) {
		Table table = table(operation.table());
		List<SchemaOperation> inverse = new ArrayList<>();
		inverse.add(new DropPrimaryKey(table.name()));
		for (String name : operation.primaryKey().columns()) {
			Column column = column(table, name);
			if (column.nullable()) {
				inverse.add(new AlterColumn(table.name(), column));
			}
		}
		return Optional.of(List.copyOf(inverse));
	}

	@Override
	public Optional<List<SchemaOperation>> visitDropPrimaryKey(DropPrimaryKey operation) {
		Table table = table(operation.table());
		PrimaryKey primaryKey = table.primaryKey();
		return (primaryKey != null) ? of(new AddPrimaryKey(table.name(), primaryKey)) : Optional.of(List.of());
	}

	@Override
	public Optional<List<SchemaOperation>> visitAddUniqueConstraint(AddUniqueConstraint operation) {
		UniqueConstraint unique = operation.constraint();
		return of(new DropUniqueConstraint(operation.table(), selector(unique.name(), unique.columns())));
	}

	@Override
	public Optional<List<SchemaOperation>> visitDropUniqueConstraint(DropUniqueConstraint operation) {
		Table table = table(operation.table());
		return operation.selector()
			.find(table.uniqueConstraints(), UniqueConstraint::name, UniqueConstraint::columns)
			.map((unique) -> List.<SchemaOperation>of(new AddUniqueConstraint(table.name(), unique)));
	}

	@Override
	public Optional<List<SchemaOperation>> visitAddIndex(AddIndex operation) {
		Index index = operation.index();
		return of(new DropIndex(operation.table(), selector(index.name(), index.columns())));
	}

	@Override
	public Optional<List<SchemaOperation>> visitDropIndex(DropIndex operation) {
		Table table = table(operation.table());
		return operation.selector()
			.find(table.indexes(), Index::name, Index::columns)
			.map((index) -> List.<SchemaOperation>of(new AddIndex(table.name(), index)));
	}

	@Override
	public Optional<List<SchemaOperation>> visitAddForeignKey(AddForeignKey operation) {
		ForeignKey foreignKey = operation.foreignKey();
		return of(new DropForeignKey(operation.table(), selector(foreignKey.name(), foreignKey.columns())));
	}

	@Override
	public Optional<List<SchemaOperation>> visitDropForeignKey(DropForeignKey operation) {
		Table table = table(operation.table());
		return operation.selector()
			.find(table.foreignKeys(), ForeignKey::name, ForeignKey::columns)
			.map((foreignKey) -> List.<SchemaOperation>of(new AddForeignKey(table.name(), foreignKey)));
	}

	@Override
	public Optional<List<SchemaOperation>> visitAddCheck(AddCheck operation) {
		String name = operation.check().name();
		return (name != null) ? of(new DropCheck(operation.table(), name)) : Optional.empty();
	}

	@Override
	public Optional<List<SchemaOperation>> visitDropCheck(DropCheck operation) {
		Table table = table(operation.table());
		return table.checks()
			.stream()
			.filter((check) -> check.name() != null && Identifiers.same(check.name(), operation.name()))
			.findFirst()
			.map((check) -> List.<SchemaOperation>of(new AddCheck(table.name(), check)));
	}

	@Override
	public Optional<List<SchemaOperation>> visitRenameConstraint(RenameConstraint operation) {
		Table table = table(operation.table());
		String oldName = table.constraintAndIndexNames()
			.stream()
			.filter((name) -> Identifiers.same(name, operation.name()))
			.findFirst()
			.orElse(operation.name());
		return of(new RenameConstraint(table.name(), operation.newName(), oldName));
	}

	@Override
	public Optional<List<SchemaOperation>> visitCreateSequence(CreateSequence operation) {
		return of(new DropSequence(operation.sequence().name()));
	}

	@Override
	public Optional<List<SchemaOperation>> visitAlterSequence(AlterSequence operation) {
		return this.before.sequence(operation.name())
			.map((sequence) -> List.<SchemaOperation>of(new AlterSequence(sequence.name(), sequence.increment())));
	}

	@Override
	public Optional<List<SchemaOperation>> visitRenameSequence(RenameSequence operation) {
		return this.before.sequence(operation.name())
			.map((sequence) -> List.<SchemaOperation>of(new RenameSequence(operation.newName(), sequence.name())));
	}

	@Override
	public Optional<List<SchemaOperation>> visitDropSequence(DropSequence operation) {
		return this.before.sequence(operation.name())
			.map((sequence) -> List.<SchemaOperation>of(new CreateSequence(sequence)));
	}

	@Override
	public Optional<List<SchemaOperation>> visitRawSql(RawSql operation) {
		return Optional.empty();
	}

	private Table table(String name) {
		return this.before.table(name)
			.orElseThrow(() -> new InvalidOperationException(name, null,
					"Cannot undo an operation on table [" + name + "]: the table did not exist before it"));
	}

	private static Column column(Table table, String name) {
		return table.column(name)
			.orElseThrow(() -> new InvalidOperationException(table.name(), name, "Cannot undo an operation on column ["
					+ name + "] of table [" + table.name() + "]: the column did not exist before it"));
	}

	private static ConstraintSelector selector(@Nullable String name, List<String> columns) {
		return (name != null) ? ConstraintSelector.named(name) : new ConstraintSelector(columns);
	}

	private static boolean mentions(List<String> columns, String column) {
		return columns.stream().anyMatch((candidate) -> Identifiers.same(candidate, column));
	}

	private static Optional<List<SchemaOperation>> of(SchemaOperation operation) {
		return Optional.of(List.of(operation));
	}

}
