package dev.strata.runner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import dev.strata.dialect.Dialect;
import dev.strata.migration.Migration;
import dev.strata.model.SchemaSnapshot;
import dev.strata.operation.CreateTable;
import org.jspecify.annotations.Nullable;

/**
 * Works out the SQL a migrate run would execute, with the checks the run makes before it
 * executes anything, but without a lock, a connection or a change: from the history a
 * caller read (or none, for a database that has never been migrated).
 */
public final class MigrateScriptPlanner {

	private MigrateScriptPlanner() {
	}

	/**
	 * Plan the script of a migrate run.
	 * @param dialect the dialect of the database
	 * @param migrations the migrations, in any order
	 * @param history the rows of the history table, {@code null} if it does not exist
	 * @param settings how the run would run
	 * @return the script
	 * @throws MigrationException if the run would refuse to start: invalid migrations, or
	 * migrations that disagree with the history
	 */
	public static MigrationScript plan(Dialect dialect, Collection<? extends Migration> migrations,
			@Nullable List<HistoryEntry> history, RunnerSettings settings) {
		List<ResolvedMigration> resolved = MigrationResolver.resolve(migrations);
		List<HistoryEntry> rows = (history != null) ? history : List.of();
		MigrationStatusReport report = MigrationStatusCalculator.calculate(resolved, rows);
		List<ResolvedMigration> pending = new HistoryValidator(settings.table(), settings.outOfOrder()).pending(report,
				resolved, rows);
		List<ScriptedMigration> scripted = new ArrayList<>();
		for (PlannedMigration planned : new MigrationPlanner(dialect).plan(resolved, pending)) {
			ResolvedMigration migration = planned.migration();
			scripted.add(new ScriptedMigration(migration.version(), migration.description(), migration.className(),
					planned.operations().stream().flatMap((operation) -> operation.statements().stream()).toList()));
		}
		List<String> notices = new ArrayList<>();
		if (history == null) {
			HistoryTable table = new HistoryTable(dialect, settings.table());
			notices.add("The run first creates the history table [" + settings.table() + "]: " + String.join("; ",
					dialect.statements(new CreateTable(table.definition()), SchemaSnapshot.empty())));
		}
		if (!scripted.isEmpty()) {
			notices.add("Each applied migration is recorded with a MIGRATE row in the history table ["
					+ settings.table() + "]");
		}
		return new MigrationScript(MigrationScript.Direction.MIGRATE, scripted, notices);
	}

}
