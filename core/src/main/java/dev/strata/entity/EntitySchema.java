package dev.strata.entity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.strata.model.Identifiers;
import dev.strata.model.SchemaSnapshot;

/**
 * The schema that an application's entities declare, as Hibernate would create it.
 *
 * @param snapshot the tables and sequences
 * @param initStatements the statements Hibernate runs right after creating a table (the
 * row a {@code TABLE} id generator starts from), by table name
 * @param warnings what the model cannot express exactly, one sentence each
 */
public record EntitySchema(SchemaSnapshot snapshot, Map<String, List<String>> initStatements, List<String> warnings) {

	public EntitySchema {
		Objects.requireNonNull(snapshot, "'snapshot' must not be null");
		Map<String, List<String>> statements = new LinkedHashMap<>();
		initStatements.forEach((table, sql) -> statements.put(table, List.copyOf(sql)));
		initStatements = Collections.unmodifiableMap(statements);
		warnings = List.copyOf(warnings);
	}

	/**
	 * Return the statements Hibernate runs right after creating a table.
	 * @param table the table name
	 * @return the statements, empty if there are none
	 */
	public List<String> initStatements(String table) {
		return this.initStatements.entrySet()
			.stream()
			.filter((entry) -> Identifiers.same(entry.getKey(), table))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(List.of());
	}

}
