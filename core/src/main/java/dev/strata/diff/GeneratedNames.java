package dev.strata.diff;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Tells names that somebody chose from names a tool or database made up: PostgreSQL's and
 * Strata's conventional names ({@code users_pkey}), H2's system names
 * ({@code CONSTRAINT_4F}) and Hibernate's hashed names ({@code FKd7fh3k2...}). Only
 * chosen names are compared; a made-up name on either side matches any name (Atlas's
 * {@code IsGeneratedIndexName}).
 */
final class GeneratedNames {

	private static final Pattern H2_SYSTEM = Pattern
		.compile("(?i)(constraint|primary_key|fk|uk|index)_[0-9a-f]+(_index_[0-9a-f]+)?");

	// Hibernate's NamingHelper: a prefix and an MD5 hash written in base 35 (about 25
	// characters), which nearly always holds a digit; a chosen name such as
	// fkOrderCustomerReference does not match.
	private static final Pattern HIBERNATE_HASH = Pattern
		.compile("(?i)(fk|uk|idx|pk)(?=[0-9a-z]*[0-9])[0-9a-z]{20,26}");

	private GeneratedNames() {
	}

	/**
	 * Return whether two names of the same constraint or index really differ: the
	 * expected name was chosen by somebody and the actual one is another.
	 * @param actual the name in the actual schema
	 * @param expected the name in the expected schema
	 * @param conventional the name Strata would give it
	 * @return whether the expected name was chosen and the actual one differs
	 */
	static boolean differ(@Nullable String actual, @Nullable String expected, String conventional) {
		return chosen(expected, conventional) && (actual == null || !actual.equalsIgnoreCase(expected));
	}

	/**
	 * Return whether a name is one Hibernate made up by hashing the table and column
	 * names, which changes when they are renamed.
	 * @param name the name
	 * @return whether it is a Hibernate hash
	 */
	static boolean hibernateHash(@Nullable String name) {
		return name != null && HIBERNATE_HASH.matcher(name).matches();
	}

	/**
	 * Return whether a name was chosen by somebody.
	 * @param name the name
	 * @param conventional the name Strata would give the same object
	 * @return whether it is neither absent nor made up
	 */
	static boolean chosen(@Nullable String name, String conventional) {
		return name != null && !name.equalsIgnoreCase(conventional) && !H2_SYSTEM.matcher(name).matches()
				&& !HIBERNATE_HASH.matcher(name).matches();
	}

}
