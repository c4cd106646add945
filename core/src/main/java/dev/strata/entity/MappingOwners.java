package dev.strata.entity;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Join;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Table;

/**
 * Names the entities and collections that map each table, so that an error about a table
 * can say where in the code to look.
 */
final class MappingOwners {

	private final Map<Table, List<String>> owners = new IdentityHashMap<>();

	MappingOwners(Metadata metadata) {
		for (PersistentClass entity : metadata.getEntityBindings()) {
			add(entity.getTable(), "entity [" + entity.getEntityName() + "]");
			for (Join join : entity.getJoins()) {
				add(join.getTable(), "entity [" + entity.getEntityName() + "]");
			}
		}
		for (Collection collection : metadata.getCollectionBindings()) {
			add(collection.getCollectionTable(), "collection [" + collection.getRole() + "]");
		}
	}

	private void add(Table table, String owner) {
		List<String> names = this.owners.computeIfAbsent(table, (key) -> new ArrayList<>());
		if (!names.contains(owner)) {
			names.add(owner);
		}
	}

	/**
	 * Describe what maps a table.
	 * @param table the table
	 * @return for example {@code entity [com.example.Person]}
	 */
	String describe(Table table) {
		List<String> names = this.owners.get(table);
		return (names == null || names.isEmpty()) ? "the mapping" : String.join(" and ", names);
	}

}
