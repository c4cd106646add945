package dev.strata.operation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import dev.strata.model.CheckConstraint;
import dev.strata.model.ForeignKey;
import dev.strata.model.Identifiers;
import dev.strata.model.Index;
import dev.strata.model.PrimaryKey;
import dev.strata.model.SchemaSnapshot;
import dev.strata.model.Table;
import dev.strata.model.UniqueConstraint;
import org.jspecify.annotations.Nullable;

/**
 * The constraints and indexes whose conventional names follow a rename: when
 * {@code users.email} becomes {@code users.email_address}, {@code users_email_key}
 * becomes {@code users_email_address_key}, so that the schema has the names a fresh
 * {@code create} of the renamed objects would give (the databases themselves keep the old
 * names). A name somebody chose, or one that would clash with another object's, stays as
 * it is. The projector applies the changes to the model and the dialects rename the
 * objects, both from this one list.
 */
public final class ConventionalRenames {

	private ConventionalRenames() {
	}

	/**
	 * Return the names that follow a column rename.
	 * @param table the table before the rename
	 * @param from the column's current name
	 * @param to the column's new name
	 * @param schema the schema before the rename, to avoid clashes
	 * @return the name changes, in a stable order
	 */
	public static List<NameChange> afterColumnRename(Table table, String from, String to, SchemaSnapshot schema) {
		UnaryOperator<List<String>> rename = (
				columns) -> columns.stream().map((column) -> Identifiers.same(column, from) ? to : column).toList();
		List<String> newColumns = rename.apply(table.columnNames());
		String name = table.name();
		List<NameChange> changes = new ArrayList<>();
		for (UniqueConstraint unique : table.uniqueConstraints()) {
			add(changes, false, unique.name(), ConstraintNaming.unique(name, unique.columns()),
					ConstraintNaming.unique(name, rename.apply(unique.columns())));
		}
		for (Index index : table.indexes()) {
			add(changes, true, index.name(), ConstraintNaming.index(name, index.columns()),
					ConstraintNaming.index(name, rename.apply(index.columns())));
		}
		for (ForeignKey foreignKey : table.foreignKeys()) {
			add(changes, false, foreignKey.name(), ConstraintNaming.foreignKey(name, foreignKey.columns()),
					ConstraintNaming.foreignKey(name, rename.apply(foreignKey.columns())));
		}
		for (CheckConstraint check : table.checks()) {
			add(changes, false, check.name(), ConstraintNaming.check(name, check.expression(), table.columnNames()),
					ConstraintNaming.check(name, SnapshotProjector.renameInExpression(check.expression(), from, to),
							newColumns));
		}
		return withoutClashes(changes, schema);
	}

	/**
	 * Return the names that follow a table rename.
	 * @param table the table before the rename
	 * @param to the table's new name
	 * @param schema the schema before the rename, to avoid clashes
	 * @return the name changes, in a stable order
	 */
	public static List<NameChange> afterTableRename(Table table, String to, SchemaSnapshot schema) {
		String from = table.name();
		List<NameChange> changes = new ArrayList<>();
		PrimaryKey primaryKey = table.primaryKey();
		if (primaryKey != null) {
			add(changes, false, primaryKey.name(), ConstraintNaming.primaryKey(from), ConstraintNaming.primaryKey(to));
		}
		for (UniqueConstraint unique : table.uniqueConstraints()) {
			add(changes, false, unique.name(), ConstraintNaming.unique(from, unique.columns()),
					ConstraintNaming.unique(to, unique.columns()));
		}
		for (Index index : table.indexes()) {
			add(changes, true, index.name(), ConstraintNaming.index(from, index.columns()),
					ConstraintNaming.index(to, index.columns()));
		}
		for (ForeignKey foreignKey : table.foreignKeys()) {
			add(changes, false, foreignKey.name(), ConstraintNaming.foreignKey(from, foreignKey.columns()),
					ConstraintNaming.foreignKey(to, foreignKey.columns()));
		}
		for (CheckConstraint check : table.checks()) {
			add(changes, false, check.name(), ConstraintNaming.check(from, check.expression(), table.columnNames()),
					ConstraintNaming.check(to, check.expression(), table.columnNames()));
		}
		return withoutClashes(changes, schema);
	}

	/**
	 * Return a table with the name changes applied to its constraints and indexes.
	 * @param table the table
	 * @param changes the name changes
	 * @return the renamed table
	 */
	static Table apply(Table table, List<NameChange> changes) {
		if (changes.isEmpty()) {
			return table;
		}
		UnaryOperator<String> rename = (name) -> changes.stream()
			.filter((change) -> Identifiers.same(change.oldName(), name))
			.map(NameChange::newName)
			.findFirst()
			.orElse(name);
		PrimaryKey primaryKey = table.primaryKey();
		return table
			.withPrimaryKey((primaryKey != null && primaryKey.name() != null)
					? primaryKey.withName(rename.apply(primaryKey.name())) : primaryKey)
			.withUniqueConstraints(table.uniqueConstraints()
				.stream()
				.map((unique) -> (unique.name() != null)
						? new UniqueConstraint(rename.apply(unique.name()), unique.columns()) : unique)
				.toList())
			.withIndexes(table.indexes()
				.stream()
				.map((index) -> (index.name() != null)
						? new Index(rename.apply(index.name()), index.columns(), index.unique()) : index)
				.toList())
			.withForeignKeys(table.foreignKeys()
				.stream()
				.map((key) -> (key.name() != null) ? new ForeignKey(rename.apply(key.name()), key.columns(),
						key.referencedTable(), key.referencedColumns(), key.onDelete(), key.onUpdate()) : key)
				.toList())
			.withChecks(table.checks()
				.stream()
				.map((check) -> (check.name() != null)
						? new CheckConstraint(rename.apply(check.name()), check.expression(), check.column()) : check)
				.toList());
	}

	private static void add(List<NameChange> changes, boolean index, @Nullable String name, String conventional,
			String renamed) {
		if (name != null && Identifiers.same(name, conventional) && !Identifiers.same(conventional, renamed)) {
			changes.add(new NameChange(index, name, renamed));
		}
	}

	private static List<NameChange> withoutClashes(List<NameChange> changes, SchemaSnapshot schema) {
		Set<String> taken = new HashSet<>();
		for (Table table : schema.tables()) {
			if (table.primaryKey() != null && table.primaryKey().name() != null) {
				taken.add(Identifiers.key(table.primaryKey().name()));
			}
			table.uniqueConstraints().forEach((unique) -> taken.add(key(unique.name())));
			table.indexes().forEach((index) -> taken.add(key(index.name())));
			table.foreignKeys().forEach((key) -> taken.add(key(key.name())));
			table.checks().forEach((check) -> taken.add(key(check.name())));
		}
		List<NameChange> result = new ArrayList<>();
		for (NameChange change : changes) {
			if (taken.add(Identifiers.key(change.newName()))) {
				result.add(change);
			}
		}
		return result;
	}

	private static String key(@Nullable String name) {
		return (name != null) ? Identifiers.key(name) : "";
	}

	/**
	 * A constraint or index that takes a new name.
	 *
	 * @param index whether it is an index (renamed as an index) rather than a constraint
	 * @param oldName its current name
	 * @param newName its new name
	 */
	public record NameChange(boolean index, String oldName, String newName) {

	}

}
