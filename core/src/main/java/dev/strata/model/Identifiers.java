package dev.strata.model;

import java.util.Locale;

/**
 * How identifiers are compared. Unquoted SQL identifiers are case-insensitive on every
 * supported database (PostgreSQL folds them to lower case, H2 to upper case), and
 * Hibernate never quotes unless told to, so Strata compares names case-insensitively and
 * treats two names that differ only in case as the same object.
 */
public final class Identifiers {

	private Identifiers() {
	}

	/**
	 * Return the key under which a name is compared and stored.
	 * @param name the identifier as written
	 * @return the comparison key
	 */
	public static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	/**
	 * Return whether two identifiers name the same object.
	 * @param first one identifier
	 * @param second another identifier
	 * @return {@code true} if they compare equal
	 */
	public static boolean same(String first, String second) {
		return first.equalsIgnoreCase(second);
	}

	/**
	 * Return whether two lists of identifiers name the same objects in the same order.
	 * @param first one list
	 * @param second another list
	 * @return {@code true} if they compare equal element by element
	 */
	public static boolean same(java.util.List<String> first, java.util.List<String> second) {
		if (first.size() != second.size()) {
			return false;
		}
		for (int i = 0; i < first.size(); i++) {
			if (!same(first.get(i), second.get(i))) {
				return false;
			}
		}
		return true;
	}

}
