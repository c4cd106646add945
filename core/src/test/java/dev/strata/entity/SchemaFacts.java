package dev.strata.entity;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.strata.model.ColumnType;
import dev.strata.model.ReferentialAction;
import org.jspecify.annotations.Nullable;

/**
 * A schema reduced to what a {@code create} script states, so that a script and a model
 * can be compared table by table.
 *
 * @param tables the tables by name, in name order
 * @param sequences the sequences, in name order
 */
record SchemaFacts(Map<String, TableFacts> tables, List<SequenceFact> sequences) {

	record TableFacts(String name, List<ColumnFact> columns, @Nullable String primaryKeyName, List<String> primaryKey,
			List<UniqueFact> uniques, Set<CheckFact> checks, List<IndexFact> indexes, List<ForeignKeyFact> foreignKeys,
			List<String> initStatements) {

	}

	/**
	 * A column.
	 *
	 * @param name the name
	 * @param type the type in the dialect's canonical form
	 * @param nullable whether it accepts null
	 * @param identity whether it is an identity column
	 * @param defaultValue the default as written, {@code null} for none
	 */
	record ColumnFact(String name, ColumnType type, boolean nullable, boolean identity, @Nullable String defaultValue) {

	}

	record UniqueFact(@Nullable String name, List<String> columns) {

	}

	/**
	 * A check: a named one by its name and expression, an anonymous one also by the
	 * column it is declared on ({@code null} for a table check).
	 */
	record CheckFact(@Nullable String name, String expression, @Nullable String column) {

	}

	record IndexFact(String name, List<String> columns, boolean unique) {

	}

	record ForeignKeyFact(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
			ReferentialAction onDelete) {

	}

	record SequenceFact(String name, long start, long increment) {

	}

}
