package dev.strata.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * An immutable schema at one point in time: the tables and sequences, each under its
 * {@linkplain Identifiers#key(String) comparison key}. Iteration order is by name, so
 * everything derived from a snapshot is deterministic. It also indexes the names of the
 * tables' constraints and indexes, so that finding which table uses a name does not visit
 * every table.
 */
public final class SchemaSnapshot {

	private static final SchemaSnapshot EMPTY = new SchemaSnapshot(PersistentSortedMap.empty(),
			PersistentSortedMap.empty(), PersistentSortedMap.empty());

	// Separates a constraint name from its table's name in the keys of constraintNames.
	private static final char SEPARATOR = '\u0000';

	// Persistent maps: a change copies O(log n) nodes and shares the rest with the
	// snapshot it came from, so replaying thousands of migrations stays O(n log n).
	private final PersistentSortedMap<Table> tables;

	private final PersistentSortedMap<Sequence> sequences;

	// Derived from the tables: the key of a constraint or index name, the separator and
	// the key of its table's name, to that table's name. A name two tables use has two
	// entries.
	private final PersistentSortedMap<String> constraintNames;

	private SchemaSnapshot(PersistentSortedMap<Table> tables, PersistentSortedMap<Sequence> sequences,
			PersistentSortedMap<String> constraintNames) {
		this.tables = tables;
		this.sequences = sequences;
		this.constraintNames = constraintNames;
	}

	/**
	 * Return the empty schema.
	 * @return a snapshot without tables or sequences
	 */
	public static SchemaSnapshot empty() {
		return EMPTY;
	}

	/**
	 * Return a snapshot of the given tables and sequences.
	 * @param tables the tables
	 * @param sequences the sequences
	 * @return the snapshot
	 * @throws IllegalArgumentException if two tables or two sequences share a name
	 */
	public static SchemaSnapshot of(Collection<Table> tables, Collection<Sequence> sequences) {
		PersistentSortedMap<Table> tableMap = PersistentSortedMap.empty();
		PersistentSortedMap<String> names = PersistentSortedMap.empty();
		for (Table table : tables) {
			String key = Identifiers.key(table.name());
			if (tableMap.containsKey(key)) {
				throw new IllegalArgumentException("Table '" + table.name() + "' appears twice");
			}
			tableMap = tableMap.put(key, table);
			names = withNames(names, table);
		}
		PersistentSortedMap<Sequence> sequenceMap = PersistentSortedMap.empty();
		for (Sequence sequence : sequences) {
			String key = Identifiers.key(sequence.name());
			if (sequenceMap.containsKey(key)) {
				throw new IllegalArgumentException("Sequence '" + sequence.name() + "' appears twice");
			}
			sequenceMap = sequenceMap.put(key, sequence);
		}
		return new SchemaSnapshot(tableMap, sequenceMap, names);
	}

	/**
	 * Return the tables, ordered by name.
	 * @return the tables
	 */
	public List<Table> tables() {
		return List.copyOf(this.tables.values());
	}

	/**
	 * Return the sequences, ordered by name.
	 * @return the sequences
	 */
	public List<Sequence> sequences() {
		return List.copyOf(this.sequences.values());
	}

	/**
	 * Return the table with the given name.
	 * @param name the name
	 * @return the table, if there is one
	 */
	public Optional<Table> table(String name) {
		return Optional.ofNullable(this.tables.get(Identifiers.key(name)));
	}

	/**
	 * Return whether a table with the given name exists.
	 * @param name the name
	 * @return whether it exists
	 */
	public boolean hasTable(String name) {
		return this.tables.containsKey(Identifiers.key(name));
	}

	/**
	 * Return the name of a table that has a constraint (primary key, unique, foreign key,
	 * check) or an index of the given name, without visiting every table.
	 * @param name the constraint or index name
	 * @return the table's name, the first in name order if several use it
	 */
	public Optional<String> tableUsingConstraintName(String name) {
		return Optional.ofNullable(this.constraintNames.firstWithPrefix(Identifiers.key(name) + SEPARATOR));
	}

	/**
	 * Return the sequence with the given name.
	 * @param name the name
	 * @return the sequence, if there is one
	 */
	public Optional<Sequence> sequence(String name) {
		return Optional.ofNullable(this.sequences.get(Identifiers.key(name)));
	}

	/**
	 * Return this snapshot with a table added or replaced (matched by name).
	 * @param table the table
	 * @return the new snapshot
	 */
	public SchemaSnapshot withTable(Table table) {
		String key = Identifiers.key(table.name());
		Table replaced = this.tables.get(key);
		PersistentSortedMap<String> names = (replaced != null) ? withoutNames(this.constraintNames, replaced)
				: this.constraintNames;
		return new SchemaSnapshot(this.tables.put(key, table), this.sequences, withNames(names, table));
	}

	/**
	 * Return this snapshot without the named table.
	 * @param name the table name
	 * @return the new snapshot
	 */
	public SchemaSnapshot withoutTable(String name) {
		String key = Identifiers.key(name);
		Table removed = this.tables.get(key);
		if (removed == null) {
			return this;
		}
		return new SchemaSnapshot(this.tables.remove(key), this.sequences, withoutNames(this.constraintNames, removed));
	}

	/**
	 * Return this snapshot with a sequence added or replaced (matched by name).
	 * @param sequence the sequence
	 * @return the new snapshot
	 */
	public SchemaSnapshot withSequence(Sequence sequence) {
		return new SchemaSnapshot(this.tables, this.sequences.put(Identifiers.key(sequence.name()), sequence),
				this.constraintNames);
	}

	/**
	 * Return this snapshot without the named sequence.
	 * @param name the sequence name
	 * @return the new snapshot
	 */
	public SchemaSnapshot withoutSequence(String name) {
		return new SchemaSnapshot(this.tables, this.sequences.remove(Identifiers.key(name)), this.constraintNames);
	}

	private static PersistentSortedMap<String> withNames(PersistentSortedMap<String> names, Table table) {
		PersistentSortedMap<String> result = names;
		for (String key : constraintNameKeys(table)) {
			result = result.put(key, table.name());
		}
		return result;
	}

	private static PersistentSortedMap<String> withoutNames(PersistentSortedMap<String> names, Table table) {
		PersistentSortedMap<String> result = names;
		for (String key : constraintNameKeys(table)) {
			result = result.remove(key);
		}
		return result;
	}

	private static List<String> constraintNameKeys(Table table) {
		String tableKey = SEPARATOR + Identifiers.key(table.name());
		List<String> keys = new ArrayList<>();
		for (String name : table.constraintAndIndexNames()) {
			keys.add(Identifiers.key(name) + tableKey);
		}
		return keys;
	}

	@Override
	public boolean equals(Object other) {
		return this == other || (other instanceof SchemaSnapshot snapshot && this.tables.equals(snapshot.tables)
				&& this.sequences.equals(snapshot.sequences));
	}

	@Override
	public int hashCode() {
		return this.tables.hashCode() * 31 + this.sequences.hashCode();
	}

	@Override
	public String toString() {
		return "SchemaSnapshot" + this.tables + this.sequences;
	}

}
