package dev.strata.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.strata.dialect.Dialect;
import dev.strata.model.Column;
import dev.strata.model.ForeignKey;
import dev.strata.model.Identifiers;
import dev.strata.model.SchemaSnapshot;
import dev.strata.model.Sequence;
import dev.strata.model.Table;
import dev.strata.operation.AddForeignKey;
import dev.strata.operation.AlterSequence;
import dev.strata.operation.ConstraintNaming;
import dev.strata.operation.CreateSequence;
import dev.strata.operation.CreateTable;
import dev.strata.operation.DropForeignKey;
import dev.strata.operation.DropSequence;
import dev.strata.operation.DropTable;
import dev.strata.operation.InvalidOperationException;
import dev.strata.operation.RenameColumn;
import dev.strata.operation.RenameSequence;
import dev.strata.operation.RenameTable;
import dev.strata.operation.SchemaOperation;
import dev.strata.operation.SnapshotProjector;

/**
 * Compares an actual schema (what the migrations build, or what a database holds) with
 * the expected one (what the entities declare). A pure function: the same inputs give the
 * same differences and operations, in the same order.
 * <p>
 * Renames are never guessed (Django's questioner, non-interactive): a column dropped next
 * to one added with the same type is a drop and an add with a warning that names the
 * possible rename, until the user confirms it through {@link Renames}.
 */
public final class SchemaDiffer {

	private final Dialect dialect;

	/**
	 * Create a differ that compares types as the given database stores them.
	 * @param dialect the dialect of the target database
	 */
	public SchemaDiffer(Dialect dialect) {
		this.dialect = Objects.requireNonNull(dialect, "'dialect' must not be null");
	}

	/**
	 * Compare two schemas.
	 * @param actual the schema as it is
	 * @param expected the schema as it should be
	 * @return the differences and the operations that remove them
	 */
	public SchemaDiff diff(SchemaSnapshot actual, SchemaSnapshot expected) {
		return diff(actual, expected, Renames.none());
	}

	/**
	 * Compare two schemas, renaming where the user confirmed a rename.
	 * @param actual the schema as it is
	 * @param expected the schema as it should be
	 * @param renames the confirmed renames
	 * @return the differences and the operations that remove them
	 * @throws IllegalArgumentException if a confirmed rename does not fit the schemas
	 */
	public SchemaDiff diff(SchemaSnapshot actual, SchemaSnapshot expected, Renames renames) {
		DiffCollector out = new DiffCollector();
		SchemaSnapshot named = ConstraintNaming.nameAll(expected);
		SchemaSnapshot renamed = applyRenames(actual, named, renames, out);
		compareSequences(renamed, named, out);
		List<Table> created = new ArrayList<>();
		List<Table> dropped = new ArrayList<>();
		for (Table table : named.tables()) {
			renamed.table(table.name())
				.ifPresentOrElse((existing) -> new TableComparison(this.dialect, existing, table, out).compare(),
						() -> created.add(table));
		}
		for (Table table : renamed.tables()) {
			if (!named.hasTable(table.name())) {
				dropped.add(table);
			}
		}
		createTables(created, renamed, out);
		dropTables(dropped, reusesConstraintNames(created, dropped) ? Phase.DROP_TABLE_FIRST : Phase.DROP_TABLE, out);
		suggestRenames(renamed, named, created, dropped, out);
		return out.toDiff();
	}

	private SchemaSnapshot applyRenames(SchemaSnapshot actual, SchemaSnapshot expected, Renames renames,
			DiffCollector out) {
		SchemaSnapshot current = actual;
		for (Renames.TableRename rename : renames.tables()) {
			if (!current.hasTable(rename.from()) || !expected.hasTable(rename.to())
					|| (current.hasTable(rename.to()) && !Identifiers.same(rename.from(), rename.to()))) {
				throw new IllegalArgumentException("Cannot rename table [" + rename.from() + "] to [" + rename.to()
						+ "]: [" + rename.from() + "] must exist now and [" + rename.to() + "] only in the entities");
			}
			current = apply(current, new RenameTable(rename.from(), rename.to()), out);
			current = renameTableSequence(current, expected, rename, out);
		}
		for (Renames.ColumnRename rename : renames.columns()) {
			Table table = current.table(rename.table()).orElse(null);
			Table target = expected.table(rename.table()).orElse(null);
			if (table == null || target == null || !table.hasColumn(rename.from()) || !target.hasColumn(rename.to())
					|| (table.hasColumn(rename.to()) && !Identifiers.same(rename.from(), rename.to()))) {
				throw new IllegalArgumentException("Cannot rename column [" + rename.table() + "." + rename.from()
						+ "] to [" + rename.to() + "]: [" + rename.from() + "] must exist now and [" + rename.to()
						+ "] only in the entities");
			}
			current = apply(current, new RenameColumn(table.name(), rename.from(), rename.to()), out);
		}
		return current;
	}

	/**
	 * Rename the sequence named after a renamed table ({@code
	 *
	<table>
	 * _seq}, Hibernate's default for a {@code SEQUENCE} id) when the entities expect it
	 * under the new table's name, so that it keeps its value instead of starting again.
	 */
	private static SchemaSnapshot renameTableSequence(SchemaSnapshot current, SchemaSnapshot expected,
			Renames.TableRename rename, DiffCollector out) {
		String from = rename.from() + "_seq";
		String to = rename.to() + "_seq";
		if (current.sequence(from).isEmpty() || expected.sequence(to).isEmpty() || current.sequence(to).isPresent()
				|| expected.sequence(from).isPresent()) {
			return current;
		}
		return apply(current, new RenameSequence(current.sequence(from).get().name(), to), out);
	}

	private static SchemaSnapshot apply(SchemaSnapshot snapshot, SchemaOperation operation, DiffCollector out) {
		try {
			SchemaSnapshot result = SnapshotProjector.apply(snapshot, operation);
			out.operation(Phase.RENAME, operation);
			return result;
		}
		catch (InvalidOperationException ex) {
			throw new IllegalArgumentException(ex.getMessage(), ex);
		}
	}

	private static void compareSequences(SchemaSnapshot actual, SchemaSnapshot expected, DiffCollector out) {
		for (Sequence sequence : expected.sequences()) {
			Sequence existing = actual.sequence(sequence.name()).orElse(null);
			if (existing == null) {
				out.difference(DifferenceKind.MISSING_SEQUENCE, null, null,
						"Sequence [" + sequence.name() + "] is missing");
				out.operation(Phase.CREATE_SEQUENCE, new CreateSequence(sequence));
			}
			else if (existing.increment() != sequence.increment() || existing.start() != sequence.start()) {
				out.difference(DifferenceKind.SEQUENCE, null, null,
						"Sequence [" + sequence.name() + "] starts with " + existing.start() + " and increments by "
								+ existing.increment() + ", expected start with " + sequence.start()
								+ " and increment by " + sequence.increment());
				if (existing.increment() != sequence.increment()) {
					out.operation(Phase.CREATE_SEQUENCE, new AlterSequence(sequence.name(), sequence.increment()));
				}
				if (existing.start() != sequence.start()) {
					out.warning("Sequence [" + sequence.name() + "] starts with " + existing.start() + ", expected "
							+ sequence.start() + ": Strata does not restart sequences, which would hand out ids "
							+ "again; the start only matters to a new database, where the migrations create it.");
				}
			}
		}
		for (Sequence dropped : actual.sequences()) {
			if (expected.sequence(dropped.name()).isPresent()) {
				continue;
			}
			expected.sequences()
				.stream()
				.filter((created) -> actual.sequence(created.name()).isEmpty()
						&& created.increment() == dropped.increment())
				.findFirst()
				.ifPresent((created) -> out.warning("Sequence [" + dropped.name() + "] is dropped and ["
						+ created.name() + "] created with the same increment: the new one starts again at "
						+ created.start() + ". If it belongs to a renamed table, confirm the table's rename (renames="
						+ "old_table:new_table) and a sequence named <table>_seq follows it with its value; otherwise "
						+ "move the new one past the ids in use."));
		}
		for (Sequence sequence : actual.sequences()) {
			if (expected.sequence(sequence.name()).isEmpty()) {
				out.difference(DifferenceKind.EXTRA_SEQUENCE, null, null,
						"Sequence [" + sequence.name() + "] exists but is not expected");
				out.operation(Phase.DROP_SEQUENCE, new DropSequence(sequence.name()),
						List.of("Drops sequence [" + sequence.name() + "]."));
			}
		}
	}

	/**
	 * Creates new tables so that each one's foreign keys point at tables that already
	 * exist or come earlier; a foreign key in a cycle is added after all tables.
	 */
	private static void createTables(List<Table> tables, SchemaSnapshot actual, DiffCollector out) {
		Set<String> available = new LinkedHashSet<>();
		actual.tables().forEach((table) -> available.add(Identifiers.key(table.name())));
		List<Table> remaining = new ArrayList<>(tables);
		while (!remaining.isEmpty()) {
			Table next = remaining.stream()
				.filter((table) -> table.foreignKeys()
					.stream()
					.allMatch((foreignKey) -> Identifiers.same(foreignKey.referencedTable(), table.name())
							|| available.contains(Identifiers.key(foreignKey.referencedTable()))))
				.findFirst()
				.orElse(remaining.get(0));
			remaining.remove(next);
			List<ForeignKey> inline = new ArrayList<>();
			for (ForeignKey foreignKey : next.foreignKeys()) {
				boolean ready = Identifiers.same(foreignKey.referencedTable(), next.name())
						|| available.contains(Identifiers.key(foreignKey.referencedTable()));
				if (ready) {
					inline.add(foreignKey);
				}
				else {
					out.operation(Phase.ADD_FOREIGN_KEY, new AddForeignKey(next.name(), foreignKey));
				}
			}
			out.difference(DifferenceKind.MISSING_TABLE, next.name(), null, "Table [" + next.name() + "] is missing");
			out.operation(Phase.CREATE_TABLE, new CreateTable(next.withForeignKeys(inline)));
			available.add(Identifiers.key(next.name()));
		}
	}

	/**
	 * Return whether a new table has a constraint or index named like one of a dropped
	 * table: the names are unique in the schema, so the dropped tables must go first.
	 */
	private static boolean reusesConstraintNames(List<Table> created, List<Table> dropped) {
		if (created.isEmpty() || dropped.isEmpty()) {
			return false;
		}
		SchemaSnapshot droppedTables = SchemaSnapshot.of(dropped, List.of());
		return created.stream()
			.flatMap((table) -> table.constraintAndIndexNames().stream())
			.anyMatch((name) -> droppedTables.tableUsingConstraintName(name).isPresent());
	}

	/**
	 * Drops tables after the tables that reference them; foreign keys between dropped
	 * tables that form a cycle are dropped first.
	 */
	private static void dropTables(List<Table> tables, Phase phase, DiffCollector out) {
		List<Table> remaining = new ArrayList<>(tables);
		while (!remaining.isEmpty()) {
			Table next = remaining.stream()
				.filter((table) -> remaining.stream()
					.noneMatch((other) -> other != table && references(other, table.name())))
				.findFirst()
				.orElse(null);
			if (next == null) {
				next = remaining.get(0);
				for (Table other : remaining) {
					for (ForeignKey foreignKey : other.foreignKeys()) {
						if (other != next && Identifiers.same(foreignKey.referencedTable(), next.name())) {
							out.operation(Phase.DROP_FOREIGN_KEY, new DropForeignKey(other.name(),
									new dev.strata.operation.ConstraintSelector(foreignKey.columns())));
						}
					}
				}
			}
			remaining.remove(next);
			out.difference(DifferenceKind.EXTRA_TABLE, next.name(), null,
					"Table [" + next.name() + "] exists but is not expected");
			out.operation(phase, new DropTable(next.name(), false),
					List.of("Drops table [" + next.name() + "] and all its data."));
		}
	}

	private static boolean references(Table table, String referenced) {
		return table.foreignKeys()
			.stream()
			.anyMatch((foreignKey) -> Identifiers.same(foreignKey.referencedTable(), referenced));
	}

	private void suggestRenames(SchemaSnapshot actual, SchemaSnapshot expected, List<Table> created,
			List<Table> dropped, DiffCollector out) {
		for (Table table : expected.tables()) {
			Table existing = actual.table(table.name()).orElse(null);
			if (existing == null) {
				continue;
			}
			for (Column droppedColumn : existing.columns()) {
				if (table.hasColumn(droppedColumn.name())) {
					continue;
				}
				for (Column addedColumn : table.columns()) {
					if (!existing.hasColumn(addedColumn.name())
							&& ColumnComparison.sameType(this.dialect, droppedColumn, addedColumn)) {
						out.warning("Column [" + table.name() + "." + droppedColumn.name() + "] is dropped and ["
								+ table.name() + "." + addedColumn.name()
								+ "] added with the same type: if this is a rename, confirm it (renames=" + table.name()
								+ "." + droppedColumn.name() + ":" + addedColumn.name() + ") to keep the data.");
					}
				}
			}
		}
		for (Table droppedTable : dropped) {
			for (Table createdTable : created) {
				if (sameColumnNames(droppedTable, createdTable)) {
					out.warning("Table [" + droppedTable.name() + "] is dropped and [" + createdTable.name()
							+ "] created with the same columns: if this is a rename, confirm it (renames="
							+ droppedTable.name() + ":" + createdTable.name() + ") to keep the data.");
				}
			}
		}
	}

	private static boolean sameColumnNames(Table first, Table second) {
		return first.columns().size() == second.columns().size()
				&& first.columns().stream().allMatch((column) -> second.hasColumn(column.name()));
	}

}
