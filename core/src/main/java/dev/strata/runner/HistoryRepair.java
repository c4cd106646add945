package dev.strata.runner;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The way out of a history that no longer matches the migrations after a deliberate
 * change ({@code migrations.repair=true}): a {@linkplain MigrationState#CHANGED changed}
 * migration gets a {@link HistoryEventType#REPAIR} row carrying its new checksum, which
 * counts from then on, and a {@linkplain MigrationState#MISSING missing} one gets a
 * {@link HistoryEventType#DELETE} row, after which the history no longer expects its
 * class. Nothing is rewritten: the earlier rows stay, so the history shows what was
 * applied, what was edited and when it was accepted.
 * <p>
 * Repair does not touch the schema, and it leaves {@linkplain MigrationState#FAILED
 * failed} migrations alone: only a person can tell what a half-applied migration left
 * behind.
 */
final class HistoryRepair {

	private HistoryRepair() {
	}

	/**
	 * Return the rows that repair the history.
	 * @param report the status of every migration
	 * @param history the rows of the history table, in log order
	 * @param firstRank the installed rank of the first row to write
	 * @param installedBy who repairs
	 * @return the rows, empty if nothing is changed or missing
	 */
	static List<HistoryEntry> entries(MigrationStatusReport report, List<HistoryEntry> history, int firstRank,
			String installedBy) {
		Map<Long, HistoryEntry> lastRows = new HashMap<>();
		history.forEach((entry) -> lastRows.put(entry.version(), entry));
		List<HistoryEntry> rows = new ArrayList<>();
		Instant now = Instant.now();
		for (MigrationStatus status : report.migrations()) {
			HistoryEntry last = lastRows.get(status.version());
			if (status.state() == MigrationState.CHANGED) {
				rows.add(new HistoryEntry(firstRank + rows.size(), status.version(), status.description(),
						HistoryEventType.REPAIR, last.className(), status.checksum(), installedBy, now, 0, true, null));
			}
			else if (status.state() == MigrationState.MISSING) {
				rows.add(new HistoryEntry(firstRank + rows.size(), status.version(), last.description(),
						HistoryEventType.DELETE, last.className(), last.checksum(), installedBy, now, 0, true, null));
			}
		}
		return List.copyOf(rows);
	}

	/**
	 * Describe a repair row for the log.
	 * @param row the row
	 * @param report the status before the repair
	 * @return the description
	 */
	static String describe(HistoryEntry row, MigrationStatusReport report) {
		MigrationStatus status = report.migrations()
			.stream()
			.filter((migration) -> migration.version() == row.version())
			.findFirst()
			.orElseThrow();
		if (row.type() == HistoryEventType.REPAIR) {
			return "Repaired migration [" + status.className() + "]: its checksum is now [" + row.checksum()
					+ "] instead of [" + status.appliedChecksum() + "] (installed_rank " + row.installedRank() + ")";
		}
		return "Marked migration [" + status.className() + "] (version " + row.version()
				+ ") as deleted: its class is gone; what it did stays in the schema (installed_rank "
				+ row.installedRank() + ")";
	}

}
