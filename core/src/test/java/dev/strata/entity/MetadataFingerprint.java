package dev.strata.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.PrimaryKey;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;

/**
 * What the metadata says about its tables in the order it says it: columns, primary and
 * foreign key columns, unique keys and indexes. Two fingerprints differ when the metadata
 * was reordered or added to.
 */
final class MetadataFingerprint {

	private MetadataFingerprint() {
	}

	static TreeMap<String, List<String>> of(Metadata metadata) {
		TreeMap<String, List<String>> fingerprint = new TreeMap<>();
		for (Table table : metadata.collectTableMappings()) {
			List<String> facts = new ArrayList<>();
			facts.add("columns " + names(table.getColumns()));
			PrimaryKey primaryKey = table.getPrimaryKey();
			if (primaryKey != null) {
				facts.add("primary key " + names(primaryKey.getColumns()) + " ordered "
						+ (primaryKey.getOriginalOrder() != null));
			}
			for (ForeignKey key : table.getForeignKeyCollection()) {
				facts.add("foreign key " + key.getName() + " " + names(key.getColumns()));
			}
			for (UniqueKey key : table.getUniqueKeys().values()) {
				facts.add("unique key " + key.getName() + " " + names(key.getColumns()));
			}
			table.getIndexes().values().forEach((index) -> facts.add("index " + index.getName()));
			fingerprint.put(table.getName(), facts);
		}
		return fingerprint;
	}

	private static List<String> names(Iterable<Column> columns) {
		List<String> names = new ArrayList<>();
		columns.forEach((column) -> names.add(column.getName()));
		return names;
	}

}
