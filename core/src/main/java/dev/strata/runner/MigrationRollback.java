package dev.strata.runner;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.migration.Migration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rolls back applied migrations, highest version first, by a number of steps or down to a
 * version. Each migration is undone by the operations its {@code down()} records or, if
 * it does not override {@code down()}, by the inverse of its {@code up()}, derived from
 * its operations and the schema the migrations build: a table or column that {@code up()}
 * dropped is created again with its definition (its data is not restored, and the result
 * says so). A migration that cannot be undone (raw SQL without a {@code down()}) stops
 * the rollback before any statement runs.
 * <p>
 * A run works like a migrate run: it takes the migration lock, reads the history with one
 * query, executes in one transaction (or one per migration, as
 * {@link RunnerSettings#transactionMode()} says), compensates on databases whose DDL is
 * not transactional, and appends a {@link HistoryEventType#ROLLBACK} row per migration,
 * which makes it pending again.
 */
public final class MigrationRollback {

	private static final Logger logger = LoggerFactory.getLogger(MigrationRollback.class);

	private final DataSource dataSource;

	private final @Nullable Dialect dialect;

	private final List<Migration> migrations;

	private final RunnerSettings settings;

	/**
	 * Create a rollback.
	 * @param dataSource the database
	 * @param dialect the dialect of the database, {@code null} to detect it
	 * @param migrations the migrations, in any order
	 * @param settings how to run
	 */
	public MigrationRollback(DataSource dataSource, @Nullable Dialect dialect,
			Collection<? extends Migration> migrations, RunnerSettings settings) {
		this.dataSource = Objects.requireNonNull(dataSource, "'dataSource' must not be null");
		this.dialect = dialect;
		this.migrations = List.copyOf(Objects.requireNonNull(migrations, "'migrations' must not be null"));
		this.settings = Objects.requireNonNull(settings, "'settings' must not be null");
	}

	/**
	 * Roll back.
	 * @param target how far to go back
	 * @return what was rolled back
	 * @throws MigrationException if the history does not allow it, a migration cannot be
	 * undone, or undoing one fails; the message says what the database was left as
	 * @throws dev.strata.dialect.LockTimeoutException if another run held the lock longer
	 * than the lock timeout
	 */
	public RollbackResult rollback(RollbackTarget target) {
		Objects.requireNonNull(target, "'target' must not be null");
		PhaseTimer timer = new PhaseTimer();
		List<ResolvedMigration> resolved = MigrationResolver.resolve(this.migrations);
		try {
			return LockedRun.run(this.dataSource, this.dialect, this.settings,
					(connection, dialect) -> rollback(connection, dialect,
							new HistoryTable(dialect, this.settings.table()), resolved, target, timer));
		}
		catch (SQLException ex) {
			throw new MigrationException("The rollback could not run: " + ex.getMessage(), null, null, null, null, null,
					ex);
		}
	}

	private RollbackResult rollback(Connection connection, Dialect dialect, HistoryTable historyTable,
			List<ResolvedMigration> resolved, RollbackTarget target, PhaseTimer timer) throws SQLException {
		List<HistoryEntry> history = historyTable.read(connection);
		MigrationStatusReport report = MigrationStatusCalculator.calculate(resolved, history);
		List<PlannedRollback> plan = new RollbackPlanner(dialect).plan(resolved, report, target);
		if (plan.isEmpty()) {
			return new RollbackResult(List.of(), report.currentVersion(), List.of(), timer.totalMs());
		}
		int firstRank = history.stream().mapToInt(HistoryEntry::installedRank).max().orElse(0) + 1;
		List<RolledBackMigration> done = new RollbackExecutor(dialect, historyTable, this.settings.transactionMode(),
				this.settings.installedBy(connection))
			.execute(connection, plan, firstRank);
		Long current = currentVersion(report, done);
		List<String> notices = plan.stream().flatMap((planned) -> planned.notices().stream()).toList();
		notices.forEach(logger::warn);
		long totalMs = timer.totalMs();
		logger.info("Rolled back {} migration(s) on {} in {} ms; {}", done.size(), dialect.name(), totalMs,
				(current != null) ? "the schema is now at version " + current : "no migration is applied now");
		return new RollbackResult(done, current, notices, totalMs);
	}

	/**
	 * Return the SQL a rollback would run, without running it and without taking the
	 * lock.
	 * @param target how far to go back
	 * @return the script, empty if nothing is above the target
	 * @throws MigrationException if the history does not allow the rollback or a
	 * migration cannot be undone
	 */
	public MigrationScript script(RollbackTarget target) {
		Objects.requireNonNull(target, "'target' must not be null");
		List<ResolvedMigration> resolved = MigrationResolver.resolve(this.migrations);
		try (Connection connection = this.dataSource.getConnection()) {
			Dialect dialect = dialect(connection);
			Optional<List<HistoryEntry>> history = new HistoryTable(dialect, this.settings.table())
				.readIfExists(connection);
			MigrationStatusReport report = MigrationStatusCalculator.calculate(resolved, history.orElse(List.of()));
			List<ScriptedMigration> migrations = new ArrayList<>();
			List<String> notices = new ArrayList<>();
			for (PlannedRollback planned : new RollbackPlanner(dialect).plan(resolved, report, target)) {
				ResolvedMigration migration = planned.migration();
				migrations
					.add(new ScriptedMigration(migration.version(), migration.description(), migration.className(),
							planned.operations()
								.stream()
								.flatMap((operation) -> operation.statements().stream())
								.toList()));
				notices.addAll(planned.notices());
				if (planned.derived()) {
					notices.add("Migration [" + migration.className()
							+ "] does not override down(): Strata derived its undo from up()");
				}
			}
			if (!migrations.isEmpty()) {
				notices.add("Each rolled back migration is recorded with a ROLLBACK row in the history table ["
						+ this.settings.table() + "]");
			}
			return new MigrationScript(MigrationScript.Direction.ROLLBACK, migrations, notices);
		}
		catch (SQLException ex) {
			throw new MigrationException(
					"The history table [" + this.settings.table() + "] could not be read: " + ex.getMessage(), null,
					null, null, null, null, ex);
		}
	}

	private static @Nullable Long currentVersion(MigrationStatusReport report, List<RolledBackMigration> done) {
		Set<Long> rolledBack = new HashSet<>();
		done.forEach((migration) -> rolledBack.add(migration.version()));
		Long current = null;
		for (MigrationStatus status : report.migrations()) {
			if (status.state().isApplied() && !rolledBack.contains(status.version())) {
				current = status.version();
			}
		}
		return current;
	}

	private Dialect dialect(Connection connection) throws SQLException {
		return (this.dialect != null) ? this.dialect : Dialects.detect(connection);
	}

}
