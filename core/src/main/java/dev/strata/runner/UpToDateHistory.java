package dev.strata.runner;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;

import dev.strata.dialect.Dialect;
import org.jspecify.annotations.Nullable;

/**
 * The history table as it is when a run has nothing to do, summed up in one text: every
 * migration of the set applied and its class files unchanged since (they hash to the
 * value recorded with its last row), and no other migration applied. A run writes the
 * text it expects from the migration classes it found, and the database writes the text
 * of its table and compares the two in the query that reads the history, which returns
 * the rows only when they differ (see {@link HistoryTable#readUnlessUpToDate}). So a
 * start with nothing pending receives one row instead of the whole history, and does not
 * check the migrations one by one.
 * <p>
 * The text has one line for each version whose last row is not a successful rollback or
 * deletion (such a version is left out, as is the status of a version rolled back or
 * deleted whose class is gone): the version, the class name, {@code A} if that row
 * applied the migration (a migration, baseline or repair that succeeded; {@code N}
 * otherwise), and the class hash recorded in the row ({@code -} if none), separated by
 * spaces; the lines in version order, separated by line feeds. The database writes no
 * text at all when any row, last of its version or not, is one that
 * {@link HistoryRowReader} refuses (a missing value, an unknown type, a negative version,
 * two rows with one rank). Equal texts mean that every migration would be
 * {@linkplain MigrationSet#resolveAgainst trusted} by its class hash and found
 * {@link MigrationState#APPLIED}, with no other version applied or failed and no row to
 * refuse: exactly the state in which a run that read every row would do nothing (not even
 * record a class hash). In any other state the texts differ, and the run reads the rows
 * and decides as before. (A table whose columns have other types than Strata's, so that a
 * value cannot be read as Strata writes it, is told only by a run that reads the rows.)
 */
final class UpToDateHistory {

	private static final String APPLIED = "A";

	private final String text;

	private final @Nullable Long currentVersion;

	private UpToDateHistory(String text, @Nullable Long currentVersion) {
		this.text = text;
		this.currentVersion = currentVersion;
	}

	/**
	 * Return the history expected when every given migration is applied unchanged.
	 * @param classes the class name and class hash of each migration, by version
	 * @return the expected history
	 */
	static UpToDateHistory expected(SortedMap<Long, ClassAndHash> classes) {
		StringBuilder lines = new StringBuilder(classes.size() * 96);
		classes.forEach((version, migration) -> {
			if (!lines.isEmpty()) {
				lines.append('\n');
			}
			lines.append(version)
				.append(' ')
				.append(migration.className())
				.append(' ')
				.append(APPLIED)
				.append(' ')
				.append(migration.classHash());
		});
		return new UpToDateHistory(lines.toString(), classes.isEmpty() ? null : classes.lastKey());
	}

	/**
	 * Return the query that writes the text of a history table, or {@code null} if the
	 * database cannot.
	 * @param dialect the dialect of the database
	 * @param table the quoted name of the history table
	 * @return the query, one row and one column
	 */
	static @Nullable String query(Dialect dialect, String table) {
		String version = dialect.identifier("version");
		String className = dialect.identifier("class_name");
		String type = dialect.identifier("type");
		String success = dialect.identifier("success");
		String checksum = dialect.identifier("checksum");
		String separator = "position('" + HistoryTable.CLASS_HASH_SEPARATOR + "' in " + checksum + ")";
		String line = version + " || ' ' || " + className + " || ' ' || case when " + success + " and " + type
				+ " in ('MIGRATE', 'BASELINE', 'REPAIR') then '" + APPLIED + "' else 'N' end || ' ' || case when "
				+ separator + " > 0 then substring(" + checksum + " from " + separator + " + 1) else '-' end";
		String lines = dialect.linesAggregate(line, version);
		if (lines == null) {
			return null;
		}
		String rank = dialect.identifier("installed_rank");
		List<String> required = List.of(rank, version, dialect.identifier("description"), type, className,
				dialect.identifier("installed_by"), dialect.identifier("installed_on"),
				dialect.identifier("execution_ms"), success);
		String types = String.join(", ",
				Arrays.stream(HistoryEventType.values()).map((event) -> "'" + event.name() + "'").toList());
		// A row that HistoryRowReader would refuse, wherever it is, makes the text null:
		// the run then reads, and checks, every row.
		String refused = "exists (select 1 from " + table + " where " + version + " < 0 or " + type + " not in ("
				+ types + ") or " + String.join(" or ", required.stream().map((column) -> column + " is null").toList())
				+ ") or exists (select 1 from " + table + " group by " + rank + " having count(*) > 1)";
		return "select case when " + refused + " then null else coalesce(" + lines + ", '') end from (select " + version
				+ ", " + className + ", " + type + ", " + success + ", " + checksum
				+ ", row_number() over (partition by " + version + " order by " + rank + " desc) as last_first from "
				+ table + ") last_rows where last_first = 1 and not (" + success + " and " + type
				+ " in ('ROLLBACK', 'DELETE'))";
	}

	/**
	 * Return the text.
	 * @return the lines, separated by line feeds
	 */
	String text() {
		return this.text;
	}

	/**
	 * Return the version the schema is at when the history is in this state.
	 * @return the highest version, or {@code null} if there are no migrations
	 */
	@Nullable Long currentVersion() {
		return this.currentVersion;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof UpToDateHistory that && this.text.equals(that.text)
				&& Objects.equals(this.currentVersion, that.currentVersion);
	}

	@Override
	public int hashCode() {
		return this.text.hashCode();
	}

	@Override
	public String toString() {
		return "UpToDateHistory[" + this.text.length() + " characters, current version " + this.currentVersion + "]";
	}

	/**
	 * The class name and class hash of a migration.
	 *
	 * @param className the fully qualified class name
	 * @param classHash the {@linkplain ClassFileHash hash of its class files}
	 */
	record ClassAndHash(String className, String classHash) {

	}

}
