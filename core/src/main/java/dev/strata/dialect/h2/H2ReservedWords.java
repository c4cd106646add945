package dev.strata.dialect.h2;

import java.util.Set;

/**
 * H2's keywords that cannot be used as identifiers unquoted, from the H2 2.x grammar
 * (Advanced, Keywords / Reserved Words), in lower case.
 */
final class H2ReservedWords {

	static final Set<String> WORDS = Set.of("all", "and", "any", "array", "as", "asymmetric", "authorization",
			"between", "both", "case", "cast", "check", "constraint", "cross", "current_catalog", "current_date",
			"current_path", "current_role", "current_schema", "current_time", "current_timestamp", "current_user",
			"day", "default", "distinct", "else", "end", "except", "exists", "false", "fetch", "for", "foreign", "from",
			"full", "group", "groups", "having", "hour", "if", "ilike", "in", "inner", "intersect", "interval", "is",
			"join", "key", "leading", "left", "like", "limit", "localtime", "localtimestamp", "minus", "minute",
			"month", "natural", "not", "null", "offset", "on", "or", "order", "over", "partition", "primary", "qualify",
			"range", "regexp", "right", "row", "rownum", "rows", "second", "select", "session_user", "set", "some",
			"symmetric", "system_user", "table", "to", "top", "trailing", "true", "uescape", "union", "unique",
			"unknown", "user", "using", "value", "values", "when", "where", "window", "with", "year", "_rowid_");

	private H2ReservedWords() {
	}

}
