package dev.strata.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks shared by the constraint and index records.
 */
final class Constraints {

	private Constraints() {
	}

	static List<String> requireColumns(List<String> columns, String what) {
		List<String> copy = List.copyOf(columns);
		if (copy.isEmpty()) {
			throw new IllegalArgumentException(what + " needs at least one column");
		}
		Set<String> seen = new HashSet<>();
		for (String column : copy) {
			if (!seen.add(Identifiers.key(column))) {
				throw new IllegalArgumentException(what + " names column '" + column + "' twice");
			}
		}
		return copy;
	}

}
