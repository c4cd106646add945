package dev.strata.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * An immutable schema at one point in time: the tables and sequences, each under its
 * {@linkplain Identifiers#key(String) comparison key}. Iteration order is by name, so
 * everything derived from a snapshot is deterministic.
 */
public final class SchemaSnapshot {

	private static final SchemaSnapshot EMPTY = new SchemaSnapshot(PersistentSortedMap.empty(),
			PersistentSortedMap.empty());

	// Persistent maps: a change copies O(log n) nodes and shares the rest with the
	// snapshot it came from, so replaying thousands of migrations stays O(n log n).
	private final PersistentSortedMap<Table> tables;

	private final PersistentSortedMap<Sequence> sequences;

	private SchemaSnapshot(PersistentSortedMap<Table> tables, PersistentSortedMap<Sequence> sequences) {
		this.tables = tables;
		this.sequences = sequences;
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
		for (Table table : tables) {
			String key = Identifiers.key(table.name());
			if (tableMap.containsKey(key)) {
				throw new IllegalArgumentException("Table '" + table.name() + "' appears twice");
			}
			tableMap = tableMap.put(key, table);
		}
		PersistentSortedMap<Sequence> sequenceMap = PersistentSortedMap.empty();
		for (Sequence sequence : sequences) {
			String key = Identifiers.key(sequence.name());
			if (sequenceMap.containsKey(key)) {
				throw new IllegalArgumentException("Sequence '" + sequence.name() + "' appears twice");
			}
			sequenceMap = sequenceMap.put(key, sequence);
		}
		return new SchemaSnapshot(tableMap, sequenceMap);
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
		return new SchemaSnapshot(this.tables.put(Identifiers.key(table.name()), table), this.sequences);
	}

	/**
	 * Return this snapshot without the named table.
	 * @param name the table name
	 * @return the new snapshot
	 */
	public SchemaSnapshot withoutTable(String name) {
		return new SchemaSnapshot(this.tables.remove(Identifiers.key(name)), this.sequences);
	}

	/**
	 * Return this snapshot with a sequence added or replaced (matched by name).
	 * @param sequence the sequence
	 * @return the new snapshot
	 */
	public SchemaSnapshot withSequence(Sequence sequence) {
		return new SchemaSnapshot(this.tables, this.sequences.put(Identifiers.key(sequence.name()), sequence));
	}

	/**
	 * Return this snapshot without the named sequence.
	 * @param name the sequence name
	 * @return the new snapshot
	 */
	public SchemaSnapshot withoutSequence(String name) {
		return new SchemaSnapshot(this.tables, this.sequences.remove(Identifiers.key(name)));
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
