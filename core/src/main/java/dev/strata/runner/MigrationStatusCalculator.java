package dev.strata.runner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * Computes the status of every migration from the resolved migrations and the rows of the
 * history table. The last row of a version decides: a failure makes it
 * {@link MigrationState#FAILED}; a rollback or a deletion makes it pending again (or
 * leaves it out if its class is gone); a migration, baseline or repair makes it applied,
 * {@link MigrationState#MISSING} if its class is gone, or {@link MigrationState#CHANGED}
 * if the class now has another checksum than that row.
 */
public final class MigrationStatusCalculator {

	private MigrationStatusCalculator() {
	}

	/**
	 * Compute the status report.
	 * @param resolved the migrations the application has
	 * @param history the rows of the history table, in log order
	 * @return the report
	 */
	public static MigrationStatusReport calculate(List<ResolvedMigration> resolved, List<HistoryEntry> history) {
		Map<Long, ResolvedMigration> byVersion = new HashMap<>();
		resolved.forEach((migration) -> byVersion.put(migration.version(), migration));
		Map<Long, HistoryEntry> lastRows = new HashMap<>();
		history.forEach((entry) -> lastRows.put(entry.version(), entry));
		TreeSet<Long> versions = new TreeSet<>(byVersion.keySet());
		versions.addAll(lastRows.keySet());
		List<MigrationStatus> statuses = new ArrayList<>(versions.size());
		Long currentVersion = null;
		for (long version : versions) {
			MigrationStatus status = status(byVersion.get(version), lastRows.get(version));
			if (status != null) {
				statuses.add(status);
				if (status.state().isApplied()) {
					currentVersion = version;
				}
			}
		}
		return new MigrationStatusReport(currentVersion, statuses);
	}

	private static @Nullable MigrationStatus status(@Nullable ResolvedMigration migration,
			@Nullable HistoryEntry last) {
		if (last == null || (last.success()
				&& (last.type() == HistoryEventType.ROLLBACK || last.type() == HistoryEventType.DELETE))) {
			return (migration != null) ? pending(migration) : null;
		}
		MigrationState state;
		if (!last.success()) {
			state = MigrationState.FAILED;
		}
		else if (migration == null) {
			state = MigrationState.MISSING;
		}
		else if (last.type() != HistoryEventType.BASELINE && last.checksum() != null
				&& !last.checksum().equals(migration.checksum())) {
			state = MigrationState.CHANGED;
		}
		else {
			state = MigrationState.APPLIED;
		}
		String className = (migration != null) ? migration.className() : simpleName(last.className());
		String description = (migration != null) ? migration.description() : last.description();
		String checksum = (migration != null) ? migration.checksum() : last.checksum();
		return new MigrationStatus(last.version(), description, className, state, last.installedOn(), checksum,
				last.checksum(), last.installedBy(), last.executionMs(), last.errorMessage());
	}

	private static MigrationStatus pending(ResolvedMigration migration) {
		return new MigrationStatus(migration.version(), migration.description(), migration.className(),
				MigrationState.PENDING, null, migration.checksum(), null, null, null, null);
	}

	private static String simpleName(String className) {
		return className.substring(Math.max(className.lastIndexOf('.'), className.lastIndexOf('$')) + 1);
	}

}
