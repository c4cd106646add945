package dev.strata.runner;

import java.util.regex.Pattern;

/**
 * Hides passwords in SQL that goes into messages and the history table
 * ({@code create user app password 'secret'} becomes {@code ... password '***'}).
 */
final class SecretRedactor {

	private static final Pattern PASSWORD = Pattern
		.compile("(?i)((?:password|identified\\s+by)\\s*(?:=\\s*)?)('(?:[^']|'')*'|\"(?:[^\"]|\"\")*\")");

	private SecretRedactor() {
	}

	static String redact(String sql) {
		return PASSWORD.matcher(sql).replaceAll("$1'***'");
	}

}
