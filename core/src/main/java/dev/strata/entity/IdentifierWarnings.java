package dev.strata.entity;

import java.util.List;
import java.util.Locale;

import dev.strata.dialect.Dialect;

/**
 * Warns about names that Hibernate and Strata write differently. Hibernate quotes a name
 * only when the mapping quotes it ({@code hibernate.auto_quote_keyword} is off in Spring
 * Boot), Strata quotes reserved words and compares names without regard to case.
 */
final class IdentifierWarnings {

	private IdentifierWarnings() {
	}

	static void check(String where, String name, boolean quoted, Dialect dialect, List<String> warnings) {
		boolean strataQuotes = !dialect.identifier(name).equals(name);
		if (!quoted && strataQuotes) {
			warnings.add(where + " is named with a word " + dialect.name()
					+ " reserves; Hibernate does not quote it, so its own DDL and queries for it fail: "
					+ "rename it, or quote it in the mapping");
		}
		else if (quoted && !name.equals(name.toLowerCase(Locale.ROOT))) {
			warnings.add(where + " is quoted in the mapping to keep its case; Strata compares names without "
					+ "regard to case and writes them unquoted unless they are reserved words");
		}
	}

}
