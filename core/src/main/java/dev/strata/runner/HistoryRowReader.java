package dev.strata.runner;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Reads the rows of the history table and refuses a history that Strata did not write: a
 * row with a missing value where Strata always writes one, a value of the wrong type, an
 * unknown event type, a negative version or two rows with the same rank. Every bad row is
 * named in one {@link MigrationException}, raised before anything runs, because a run
 * that trusted such a history could apply a migration twice or skip one.
 */
final class HistoryRowReader {

	private static final String TYPES = String.join(", ",
			Arrays.stream(HistoryEventType.values()).map(Enum::name).toList());

	private final String table;

	private final List<String> problems = new ArrayList<>();

	private final Set<Integer> ranks = new HashSet<>();

	HistoryRowReader(String table) {
		this.table = table;
	}

	/**
	 * Read every row of a result set whose columns are in the order of
	 * {@link HistoryTable}'s columns.
	 * @param rows the rows
	 * @return the entries, in the order read
	 * @throws SQLException if the database fails
	 * @throws MigrationException if a row is not one Strata wrote
	 */
	List<HistoryEntry> read(ResultSet rows) throws SQLException {
		return read(rows, rows.next());
	}

	/**
	 * Read the rows of a result set from its current row on.
	 * @param rows the rows, whose columns are in the order of {@link HistoryTable}'s
	 * columns
	 * @param onRow whether the result set is on a row (rather than past its last)
	 * @return the entries, in the order read
	 * @throws SQLException if the database fails
	 * @throws MigrationException if a row is not one Strata wrote
	 */
	List<HistoryEntry> read(ResultSet rows, boolean onRow) throws SQLException {
		List<HistoryEntry> entries = new ArrayList<>();
		int position = 0;
		for (boolean more = onRow; more; more = rows.next()) {
			position++;
			HistoryEntry entry = entry(rows, position);
			if (entry != null) {
				entries.add(entry);
			}
		}
		if (!this.problems.isEmpty()) {
			throw new MigrationException("The history table [" + this.table + "] has " + this.problems.size()
					+ " row(s) that Strata did not write and cannot trust:\n  - " + String.join("\n  - ", this.problems)
					+ "\nSomething other than Strata wrote to it, or it was edited by hand. Correct or delete these "
					+ "rows so that the table only holds what Strata recorded (or point migrations.table at a table "
					+ "of its own), then start again. Nothing was run.");
		}
		return List.copyOf(entries);
	}

	private @Nullable HistoryEntry entry(ResultSet rows, int position) {
		List<String> wrong = new ArrayList<>();
		Integer rank = value(rows, 1, "installed_rank", wrong, () -> rows.getInt(1));
		Long version = value(rows, 2, "version", wrong, () -> rows.getLong(2));
		String description = value(rows, 3, "description", wrong, () -> rows.getString(3));
		String typeName = value(rows, 4, "type", wrong, () -> rows.getString(4));
		String className = value(rows, 5, "class_name", wrong, () -> rows.getString(5));
		String checksumColumn = optional(rows, 6, "checksum", wrong, () -> rows.getString(6));
		int separator = (checksumColumn != null) ? checksumColumn.indexOf(HistoryTable.CLASS_HASH_SEPARATOR) : -1;
		String checksum = (separator >= 0) ? checksumColumn.substring(0, separator) : checksumColumn;
		String classHash = (separator >= 0) ? checksumColumn.substring(separator + 1) : null;
		String installedBy = value(rows, 7, "installed_by", wrong, () -> rows.getString(7));
		OffsetDateTime installedOn = value(rows, 8, "installed_on", wrong,
				() -> rows.getObject(8, OffsetDateTime.class));
		Long executionMs = value(rows, 9, "execution_ms", wrong, () -> rows.getLong(9));
		Boolean success = value(rows, 10, "success", wrong, () -> rows.getBoolean(10));
		String errorMessage = optional(rows, 11, "error_message", wrong, () -> rows.getString(11));
		HistoryEventType type = null;
		if (typeName != null) {
			type = type(typeName);
			if (type == null) {
				wrong.add("type [" + typeName + "] is not one of " + TYPES);
			}
		}
		if (version != null && version < 0) {
			wrong.add("version [" + version + "] is negative");
		}
		if (rank != null && !this.ranks.add(rank)) {
			wrong.add("another row has the same installed_rank");
		}
		if (!wrong.isEmpty()) {
			this.problems.add(((rank != null) ? "installed_rank " + rank : "row " + position)
					+ ((version != null) ? " (version " + version + ")" : "") + ": " + String.join("; ", wrong));
			return null;
		}
		return new HistoryEntry(rank, version, description, type, className, checksum, installedBy,
				installedOn.toInstant(), executionMs, success, errorMessage, classHash);
	}

	private static @Nullable HistoryEventType type(String name) {
		try {
			return HistoryEventType.valueOf(name.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static <T> @Nullable T value(ResultSet rows, int index, String column, List<String> wrong,
			Getter<T> getter) {
		T value = optional(rows, index, column, wrong, getter);
		if (value == null && !wrongAlready(wrong, column)) {
			wrong.add(column + " is null");
		}
		return value;
	}

	private static <T> @Nullable T optional(ResultSet rows, int index, String column, List<String> wrong,
			Getter<T> getter) {
		try {
			T value = getter.get();
			return rows.wasNull() ? null : value;
		}
		catch (SQLException | RuntimeException ex) {
			wrong.add(column + " [" + raw(rows, index) + "] cannot be read as Strata writes it (" + ex.getMessage()
					+ ")");
			return null;
		}
	}

	private static boolean wrongAlready(List<String> wrong, String column) {
		return wrong.stream().anyMatch((problem) -> problem.startsWith(column + " ["));
	}

	private static String raw(ResultSet rows, int index) {
		try {
			return String.valueOf(rows.getString(index));
		}
		catch (SQLException ex) {
			return "?";
		}
	}

	@FunctionalInterface
	private interface Getter<T> {

		@Nullable T get() throws SQLException;

	}

}
