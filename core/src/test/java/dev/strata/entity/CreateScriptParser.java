package dev.strata.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.strata.dialect.Dialect;
import dev.strata.entity.SchemaFacts.CheckFact;
import dev.strata.entity.SchemaFacts.ColumnFact;
import dev.strata.entity.SchemaFacts.ForeignKeyFact;
import dev.strata.entity.SchemaFacts.IndexFact;
import dev.strata.entity.SchemaFacts.SequenceFact;
import dev.strata.entity.SchemaFacts.TableFacts;
import dev.strata.entity.SchemaFacts.UniqueFact;
import dev.strata.model.ReferentialAction;
import org.jspecify.annotations.Nullable;

/**
 * Parses the {@code create} script Hibernate writes for PostgreSQL and H2 into
 * {@link SchemaFacts}. It knows the exact shapes of Hibernate's statements and fails on
 * anything else, so that a statement the comparison does not cover cannot go unnoticed.
 */
final class CreateScriptParser {

	private static final Pattern SEQUENCE = Pattern
		.compile("create sequence (\\S+) start with (-?\\d+) increment by (-?\\d+)");

	private static final Pattern TABLE = Pattern.compile("create table (\\S+) \\((.*)\\)", Pattern.DOTALL);

	private static final Pattern INDEX = Pattern.compile("create (unique )?index (\\S+) on (\\S+) \\((.*)\\)");

	private static final Pattern FOREIGN_KEY = Pattern.compile("alter table if exists (\\S+) add constraint (\\S+) "
			+ "foreign key \\((.*?)\\) references (\\S+)(?: \\((.*?)\\))?( on delete (cascade|set null|set default|restrict))?");

	private static final Pattern INSERT = Pattern.compile("insert into (\\w+)\\s*\\(.*", Pattern.DOTALL);

	private static final Set<String> COLUMN_KEYWORDS = Set.of("generated", "default", "not", "unique", "check",
			"constraint");

	private final Dialect dialect;

	private final Map<String, MutableTable> tables = new TreeMap<>();

	private final List<SequenceFact> sequences = new ArrayList<>();

	private final List<String[]> foreignKeys = new ArrayList<>();

	private CreateScriptParser(Dialect dialect) {
		this.dialect = dialect;
	}

	static SchemaFacts parse(List<String> statements, Dialect dialect) {
		CreateScriptParser parser = new CreateScriptParser(dialect);
		statements.forEach(parser::statement);
		return parser.facts();
	}

	private void statement(String sql) {
		Matcher matcher;
		if ((matcher = SEQUENCE.matcher(sql)).matches()) {
			this.sequences.add(new SequenceFact(matcher.group(1), Long.parseLong(matcher.group(2)),
					Long.parseLong(matcher.group(3))));
		}
		else if ((matcher = TABLE.matcher(sql)).matches()) {
			MutableTable table = new MutableTable(matcher.group(1));
			this.tables.put(table.name, table);
			for (String item : split(matcher.group(2), ',')) {
				tableItem(table, item.trim());
			}
		}
		else if ((matcher = INDEX.matcher(sql)).matches()) {
			this.tables.get(matcher.group(3)).indexes
				.add(new IndexFact(matcher.group(2), names(matcher.group(4)), matcher.group(1) != null));
		}
		else if ((matcher = FOREIGN_KEY.matcher(sql)).matches()) {
			this.foreignKeys.add(new String[] { matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4),
					matcher.group(5), matcher.group(7) });
		}
		else if ((matcher = INSERT.matcher(sql)).matches()) {
			this.tables.get(matcher.group(1)).initStatements.add(sql);
		}
		else {
			throw new IllegalStateException("Unexpected statement in Hibernate's script: " + sql);
		}
	}

	private void tableItem(MutableTable table, String item) {
		String lower = item.toLowerCase(Locale.ROOT);
		if (lower.startsWith("primary key (")) {
			table.primaryKey.addAll(names(inside(item)));
		}
		else if (lower.startsWith("unique (")) {
			table.uniques.add(new UniqueFact(null, names(inside(item))));
		}
		else if (lower.startsWith("check (")) {
			table.checks.add(new CheckFact(null, inside(item), null));
		}
		else if (lower.startsWith("constraint ")) {
			List<String> tokens = tokens(item);
			String name = tokens.get(1);
			if (tokens.get(2).equals("primary")) {
				expect(tokens, 2, "primary", "key");
				table.primaryKeyName = name;
				table.primaryKey.addAll(names(unwrap(tokens.get(4))));
			}
			else if (tokens.get(2).equals("unique")) {
				table.uniques.add(new UniqueFact(name, names(unwrap(tokens.get(3)))));
			}
			else if (tokens.get(2).equals("check")) {
				table.checks.add(new CheckFact(name, unwrap(tokens.get(3)), null));
			}
			else {
				throw new IllegalStateException("Unexpected table constraint: " + item);
			}
		}
		else {
			column(table, tokens(item));
		}
	}

	private void column(MutableTable table, List<String> tokens) {
		String name = tokens.get(0);
		int position = 1;
		StringBuilder type = new StringBuilder();
		while (position < tokens.size() && !COLUMN_KEYWORDS.contains(tokens.get(position))) {
			type.append((type.length() > 0) ? " " : "").append(tokens.get(position++));
		}
		boolean identity = false;
		boolean nullable = true;
		String defaultValue = null;
		while (position < tokens.size()) {
			String token = tokens.get(position);
			if (token.equals("generated")) {
				expect(tokens, position, "generated", "by", "default", "as", "identity");
				identity = true;
				nullable = false;
				position += 5;
			}
			else if (token.equals("default")) {
				StringBuilder value = new StringBuilder();
				position++;
				while (position < tokens.size() && !COLUMN_KEYWORDS.contains(tokens.get(position))) {
					value.append((value.length() > 0) ? " " : "").append(tokens.get(position++));
				}
				defaultValue = value.toString();
			}
			else if (token.equals("not")) {
				expect(tokens, position, "not", "null");
				nullable = false;
				position += 2;
			}
			else if (token.equals("unique")) {
				table.uniques.add(new UniqueFact(null, List.of(name)));
				position++;
			}
			else if (token.equals("check")) {
				table.checks.add(new CheckFact(null, stripParentheses(unwrap(tokens.get(position + 1))), name));
				position += 2;
			}
			else if (token.equals("constraint")) {
				expect(tokens, position + 2, "check");
				table.checks.add(new CheckFact(tokens.get(position + 1), unwrap(tokens.get(position + 3)), null));
				position += 4;
			}
			else {
				throw new IllegalStateException("Unexpected column clause " + tokens);
			}
		}
		table.columns.add(new ColumnFact(name, this.dialect.canonicalType(this.dialect.parseType(type.toString())),
				nullable, identity, defaultValue));
	}

	private SchemaFacts facts() {
		for (String[] key : this.foreignKeys) {
			MutableTable referenced = this.tables.get(key[3]);
			List<String> referencedColumns = (key[4] != null) ? names(key[4]) : referenced.primaryKey;
			ReferentialAction onDelete = (key[5] != null) ? ReferentialAction.fromSql(key[5])
					: ReferentialAction.NO_ACTION;
			this.tables.get(key[0]).foreignKeys
				.add(new ForeignKeyFact(key[1], names(key[2]), key[3], List.copyOf(referencedColumns), onDelete));
		}
		Map<String, TableFacts> facts = new LinkedHashMap<>();
		this.tables.forEach((name, table) -> facts.put(name,
				new TableFacts(name, table.columns, table.primaryKeyName, table.primaryKey, table.uniques, table.checks,
						table.indexes, table.foreignKeys, table.initStatements)));
		return new SchemaFacts(facts, this.sequences.stream().sorted((a, b) -> a.name().compareTo(b.name())).toList());
	}

	private static void expect(List<String> tokens, int position, String... words) {
		for (int i = 0; i < words.length; i++) {
			if (position + i >= tokens.size() || !tokens.get(position + i).equals(words[i])) {
				throw new IllegalStateException("Expected " + List.of(words) + " at " + position + " in " + tokens);
			}
		}
	}

	/** Split at a separator outside quotes and parentheses. */
	static List<String> split(String text, char separator) {
		List<String> parts = new ArrayList<>();
		int depth = 0;
		boolean quoted = false;
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\'') {
				quoted = !quoted;
			}
			else if (!quoted && c == '(') {
				depth++;
			}
			else if (!quoted && c == ')') {
				depth--;
			}
			else if (!quoted && depth == 0 && c == separator) {
				parts.add(text.substring(start, i));
				start = i + 1;
			}
		}
		parts.add(text.substring(start));
		return parts;
	}

	/** Split at spaces outside quotes and parentheses. */
	private static List<String> tokens(String text) {
		return split(text.trim(), ' ').stream().filter((token) -> !token.isEmpty()).toList();
	}

	private static String inside(String item) {
		return unwrap(item.substring(item.indexOf('(')));
	}

	private static String unwrap(String parenthesised) {
		String text = parenthesised.trim();
		if (!text.startsWith("(") || !text.endsWith(")")) {
			throw new IllegalStateException("Expected parentheses: " + text);
		}
		return text.substring(1, text.length() - 1);
	}

	/**
	 * Remove one pair of parentheses around the whole text, as Hibernate adds them to
	 * inline checks.
	 */
	static String stripParentheses(String text) {
		String trimmed = text.trim();
		if (!trimmed.startsWith("(") || !trimmed.endsWith(")")) {
			return trimmed;
		}
		int depth = 0;
		boolean quoted = false;
		for (int i = 0; i < trimmed.length(); i++) {
			char c = trimmed.charAt(i);
			if (c == '\'') {
				quoted = !quoted;
			}
			else if (!quoted && c == '(') {
				depth++;
			}
			else if (!quoted && c == ')') {
				depth--;
				if (depth == 0 && i < trimmed.length() - 1) {
					return trimmed;
				}
			}
		}
		return trimmed.substring(1, trimmed.length() - 1);
	}

	private static List<String> names(String list) {
		return split(list, ',').stream().map(String::trim).toList();
	}

	private static final class MutableTable {

		private final String name;

		private final List<ColumnFact> columns = new ArrayList<>();

		private final List<String> primaryKey = new ArrayList<>();

		private @Nullable String primaryKeyName;

		private final List<UniqueFact> uniques = new ArrayList<>();

		private final Set<CheckFact> checks = new HashSet<>();

		private final List<IndexFact> indexes = new ArrayList<>();

		private final List<ForeignKeyFact> foreignKeys = new ArrayList<>();

		private final List<String> initStatements = new ArrayList<>();

		MutableTable(String name) {
			this.name = name;
		}

	}

}
