package dev.strata.model;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable schema at one point in time: the tables and sequences, each under its
 * {@linkplain Identifiers#key(String) comparison key}. Iteration order is by name, so
 * everything derived from a snapshot is deterministic.
 */
public final class SchemaSnapshot {

	private static final SchemaSnapshot EMPTY = new SchemaSnapshot(new TreeMap<>(), new TreeMap<>());

	// Sorted maps, so that the copies each change makes are built in linear time
	// (TreeMap's copy constructor for a SortedMap) rather than by n insertions.
	private final SortedMap<String, Table> tables;

	private final SortedMap<String, Sequence> sequences;

	private SchemaSnapshot(TreeMap<String, Table> tables, TreeMap<String, Sequence> sequences) {
		this(Collections.unmodifiableSortedMap(tables), Collections.unmodifiableSortedMap(sequences));
	}

	// An unchanged map is shared with the snapshot it came from: both are immutable.
	private SchemaSnapshot(SortedMap<String, Table> tables, SortedMap<String, Sequence> sequences) {
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
		TreeMap<String, Table> tableMap = new TreeMap<>();
		for (Table table : tables) {
			if (tableMap.put(Identifiers.key(table.name()), table) != null) {
				throw new IllegalArgumentException("Table '" + table.name() + "' appears twice");
			}
		}
		TreeMap<String, Sequence> sequenceMap = new TreeMap<>();
		for (Sequence sequence : sequences) {
			if (sequenceMap.put(Identifiers.key(sequence.name()), sequence) != null) {
				throw new IllegalArgumentException("Sequence '" + sequence.name() + "' appears twice");
			}
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
		TreeMap<String, Table> newTables = new TreeMap<>(this.tables);
		newTables.put(Identifiers.key(table.name()), table);
		return new SchemaSnapshot(Collections.unmodifiableSortedMap(newTables), this.sequences);
	}

	/**
	 * Return this snapshot without the named table.
	 * @param name the table name
	 * @return the new snapshot
	 */
	public SchemaSnapshot withoutTable(String name) {
		TreeMap<String, Table> newTables = new TreeMap<>(this.tables);
		newTables.remove(Identifiers.key(name));
		return new SchemaSnapshot(Collections.unmodifiableSortedMap(newTables), this.sequences);
	}

	/**
	 * Return this snapshot with a sequence added or replaced (matched by name).
	 * @param sequence the sequence
	 * @return the new snapshot
	 */
	public SchemaSnapshot withSequence(Sequence sequence) {
		TreeMap<String, Sequence> newSequences = new TreeMap<>(this.sequences);
		newSequences.put(Identifiers.key(sequence.name()), sequence);
		return new SchemaSnapshot(this.tables, Collections.unmodifiableSortedMap(newSequences));
	}

	/**
	 * Return this snapshot without the named sequence.
	 * @param name the sequence name
	 * @return the new snapshot
	 */
	public SchemaSnapshot withoutSequence(String name) {
		TreeMap<String, Sequence> newSequences = new TreeMap<>(this.sequences);
		newSequences.remove(Identifiers.key(name));
		return new SchemaSnapshot(this.tables, Collections.unmodifiableSortedMap(newSequences));
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
		return "SchemaSnapshot" + this.tables.values() + this.sequences.values();
	}

}
