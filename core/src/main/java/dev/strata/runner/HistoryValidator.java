package dev.strata.runner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.strata.migration.MigrationName;
import org.jspecify.annotations.Nullable;

/**
 * Checks, before anything runs, that the migrations and the history agree, and returns
 * the migrations to apply. Applied migrations must be unchanged and present, no earlier
 * run may have left a failure behind, and only versions above the current one are pending
 * unless out-of-order migrations are allowed (as in Aqueduct, a migration that lands
 * below the current version is a mistake until said otherwise).
 */
final class HistoryValidator {

	private final String table;

	private final boolean outOfOrder;

	HistoryValidator(String table, boolean outOfOrder) {
		this.table = table;
		this.outOfOrder = outOfOrder;
	}

	/**
	 * Return the migrations to apply, in version order.
	 * @param report the status of every migration
	 * @param resolved the resolved migrations
	 * @param history the history rows
	 * @return the pending migrations
	 * @throws MigrationException listing every problem, if there is one
	 */
	List<ResolvedMigration> pending(MigrationStatusReport report, List<ResolvedMigration> resolved,
			List<HistoryEntry> history) {
		Map<Long, ResolvedMigration> byVersion = new HashMap<>();
		resolved.forEach((migration) -> byVersion.put(migration.version(), migration));
		Map<Long, HistoryEntry> lastRows = new HashMap<>();
		history.forEach((entry) -> lastRows.put(entry.version(), entry));
		Long current = report.currentVersion();
		List<String> problems = new ArrayList<>();
		@Nullable MigrationStatus first = null;
		List<ResolvedMigration> pending = new ArrayList<>();
		for (MigrationStatus status : report.migrations()) {
			@Nullable String problem = switch (status.state()) {
				case APPLIED -> null;
				case PENDING -> (current != null && status.version() < current && !this.outOfOrder)
						? outOfOrder(status, current, report) : null;
				case CHANGED -> changed(status);
				case MISSING -> missing(status);
				case FAILED -> failed(status, lastRows.get(status.version()));
			};
			if (problem != null) {
				problems.add(problem);
				first = (first != null) ? first : status;
			}
			else if (status.state() == MigrationState.PENDING) {
				pending.add(byVersion.get(status.version()));
			}
		}
		if (first != null) {
			String message = (problems.size() == 1) ? problems.get(0) + ". Nothing was run."
					: problems.size() + " problems:\n  - " + String.join(".\n  - ", problems) + ".\nNothing was run.";
			throw new MigrationException(message, first.className(), first.version(), null, null, null, null);
		}
		return List.copyOf(pending);
	}

	private String changed(MigrationStatus status) {
		return "Migration [" + status.className() + "] was applied on " + status.appliedAt() + " with checksum ["
				+ status.appliedChecksum() + "], but its up() now records different operations (checksum ["
				+ status.checksum() + "]). An applied migration must not be edited: undo the edit and make the "
				+ "change in a new migration. If the edit was deliberate and the database already has what the "
				+ "migration now describes, start once with migrations.repair=true to record the new checksum";
	}

	private String missing(MigrationStatus status) {
		return "Migration [" + status.className() + "] (version " + status.version() + ", \"" + status.description()
				+ "\") was applied on " + status.appliedAt()
				+ ", but no migration class has that version any more. Restore the class: it is part of the "
				+ "schema's history (to take its change back, write a new migration that undoes it). If it was "
				+ "removed on purpose, start once with migrations.repair=true to mark it as deleted in the history";
	}

	private String failed(MigrationStatus status, HistoryEntry row) {
		return "Migration [" + status.className() + "] failed on " + status.appliedAt()
				+ " and Strata could not undo all of it: " + status.errorMessage()
				+ " Bring the schema back by hand (undo, or finish, the statements listed), then delete the failure "
				+ "from the history: delete from " + this.table + " where installed_rank = " + row.installedRank();
	}

	private String outOfOrder(MigrationStatus status, long current, MigrationStatusReport report) {
		long highest = report.migrations().get(report.migrations().size() - 1).version();
		String renamed = MigrationName.of(highest + 1, status.description()).className();
		return "Migration [" + status.className() + "] has version " + status.version() + ", below version " + current
				+ " that the database is already at, and was never applied. " + "Give it a version above " + highest
				+ " (rename it to " + renamed + "), or set migrations.out-of-order=true to apply it anyway";
	}

}
