package dev.strata.runner;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.dialect.MigrationLock;
import dev.strata.migration.Migration;
import dev.strata.model.SchemaSnapshot;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies pending migrations to a database. A run:
 * <ol>
 * <li>takes the database's {@linkplain MigrationLock migration lock}, so that concurrent
 * runs (several instances of an application starting at once) apply each migration
 * once;</li>
 * <li>on the lock's connection if the lock survives transactions (PostgreSQL), else on a
 * second one, reads the history table, with one query; when every migration is applied
 * and unchanged, which it tells for most migrations from the {@linkplain ClassFileHash
 * hash of their class files} without creating them, the run ends there, with no other
 * statement;</li>
 * <li>resolves the migrations (names, operations, checksums), without the database, and
 * creates the history table if it is missing;</li>
 * <li>on a database without history, refuses a schema that already has tables unless it
 * matches the migrations up to the {@linkplain Baseline baseline version}, which are then
 * recorded as applied;</li>
 * <li>if asked, {@linkplain HistoryRepair repairs} the history (changed and missing
 * migrations);</li>
 * <li>validates before anything runs: no applied migration edited or missing, no failure
 * left behind, no pending version below the current one unless out-of-order migrations
 * are allowed;</li>
 * <li>replays the migrations to know the schema before each pending operation, renders
 * the SQL and checks identifier lengths (on an empty database with transactional DDL, in
 * one transaction, {@linkplain PlanAhead while it applies the earlier ones}: a migration
 * that cannot be planned then rolls back what ran, so the database is unchanged as
 * well);</li>
 * <li>executes the pending migrations with their history rows, in one transaction or one
 * per migration, undoing what ran if one fails;</li>
 * <li>releases the lock.</li>
 * </ol>
 * It needs one connection from the data source on PostgreSQL, two at once on H2.
 * {@link #checkUpToDate()} tells, without the lock, whether such a run would end at the
 * second step.
 */
public final class MigrationRunner {

	private static final Logger logger = LoggerFactory.getLogger(MigrationRunner.class);

	private final DataSource dataSource;

	private final @Nullable Dialect dialect;

	private final MigrationSet migrations;

	private final RunnerSettings settings;

	/**
	 * Create a runner whose dialect is detected from the database.
	 * @param dataSource where to apply the migrations
	 * @param migrations the migrations, in any order; the same class given twice counts
	 * once
	 * @param settings how to run
	 */
	public MigrationRunner(DataSource dataSource, Collection<? extends Migration> migrations, RunnerSettings settings) {
		this(dataSource, null, migrations, settings);
	}

	/**
	 * Create a runner.
	 * @param dataSource where to apply the migrations
	 * @param dialect the dialect of the database, {@code null} to detect it
	 * @param migrations the migrations, in any order; the same class given twice counts
	 * once
	 * @param settings how to run
	 */
	public MigrationRunner(DataSource dataSource, @Nullable Dialect dialect, Collection<? extends Migration> migrations,
			RunnerSettings settings) {
		this(dataSource, dialect, MigrationSet.of(Objects.requireNonNull(migrations, "'migrations' must not be null")),
				settings);
	}

	/**
	 * Create a runner.
	 * @param dataSource where to apply the migrations
	 * @param dialect the dialect of the database, {@code null} to detect it
	 * @param migrations the migrations
	 * @param settings how to run
	 */
	public MigrationRunner(DataSource dataSource, @Nullable Dialect dialect, MigrationSet migrations,
			RunnerSettings settings) {
		this.dataSource = Objects.requireNonNull(dataSource, "'dataSource' must not be null");
		this.dialect = dialect;
		this.migrations = Objects.requireNonNull(migrations, "'migrations' must not be null");
		this.settings = Objects.requireNonNull(settings, "'settings' must not be null");
	}

	/**
	 * Apply the pending migrations.
	 * @return what was applied
	 * @throws MigrationException if the migrations are invalid, disagree with the
	 * history, or one fails; the message says what the database was left as
	 * @throws dev.strata.dialect.LockTimeoutException if another run held the lock longer
	 * than the lock timeout
	 */
	public MigrateResult migrate() {
		PhaseTimer timer = new PhaseTimer();
		try {
			return LockedRun.run(this.dataSource, this.dialect, this.settings, (connection, dialect) -> {
				timer.mark("lock");
				return migrate(connection, dialect, new HistoryTable(dialect, this.settings.table()), timer);
			});
		}
		catch (SQLException ex) {
			throw new MigrationException("Migrations could not run: " + ex.getMessage(), null, null, null, null, null,
					ex);
		}
	}

	/**
	 * Return the status when a run has nothing to do: every migration applied and
	 * unchanged, and no class hash to record. Only the migrations whose class files are
	 * not the ones applied are created to tell. (Package-private for the tests that
	 * compare it with {@link HistoryTable#readUnlessUpToDate}.)
	 * @return the status, or {@code null} if the run has something to do
	 */
	@Nullable MigrationStatusReport upToDate(List<HistoryEntry> history) {
		MigrationStatusReport report = MigrationStatusCalculator.calculate(this.migrations.resolveAgainst(history),
				history);
		return (report.isUpToDate() && staleClassHashes(report, history).isEmpty()) ? report : null;
	}

	/**
	 * Tell, without the lock and without changing anything, whether a run would have
	 * nothing to do now: whether the history is exactly as these migrations, with the
	 * class files they have now, leave it. One query, which returns one value and none of
	 * the history's rows. A run that finds so ends without changing anything either, so
	 * the answer stands for such a run, as of when it was read.
	 * @return the result of a run with nothing to do, or empty if a run may have
	 * something to do, or if the history cannot be told up to date this way (with
	 * {@code migrations.repair}, say, or migrations given as instances, or a database
	 * that cannot compare its history in one query)
	 * @throws MigrationException if the history cannot be read (as when there is no
	 * history table yet)
	 */
	public Optional<MigrateResult> checkUpToDate() {
		PhaseTimer timer = new PhaseTimer();
		UpToDateHistory expected = expectedWhenUpToDate();
		if (expected == null) {
			return Optional.empty();
		}
		try (Connection connection = this.dataSource.getConnection()) {
			HistoryTable historyTable = new HistoryTable(dialect(connection), this.settings.table());
			if (historyTable.isUpToDate(LockedRun.inAutoCommit(connection), expected)) {
				return Optional.of(new MigrateResult(List.of(), expected.currentVersion(), timer.totalMs()));
			}
			return Optional.empty();
		}
		catch (SQLException ex) {
			throw historyUnreadable(ex);
		}
	}

	/**
	 * Return the question {@link #checkUpToDate()} asks: which table, and which history
	 * it expects there. Building it creates nothing in the database and needs no
	 * connection.
	 * @return the question, or empty when the history cannot be told up to date in one
	 * query (with {@code migrations.repair}, say, or migrations given as instances)
	 */
	public Optional<UpToDateQuestion> upToDateQuestion() {
		UpToDateHistory expected = expectedWhenUpToDate();
		return (expected != null) ? Optional.of(new UpToDateQuestion(this.settings.table(), expected))
				: Optional.empty();
	}

	private MigrateResult migrate(Connection connection, Dialect dialect, HistoryTable historyTable, PhaseTimer timer)
			throws SQLException {
		dialect.prepareMigrationSession(connection);
		timer.mark("session");
		UpToDateHistory expected = expectedWhenUpToDate();
		timer.mark("classes");
		HistoryRead read = historyTable.readUnlessUpToDate(connection, expected);
		timer.mark("history");
		if (read instanceof HistoryRead.UpToDate upToDateHistory) {
			logger.debug("Schema is up to date at version {}: the history is as the migrations left it ({})",
					upToDateHistory.currentVersion(), timer);
			return new MigrateResult(List.of(), upToDateHistory.currentVersion(), timer.totalMs());
		}
		Optional<List<HistoryEntry>> existing = ((HistoryRead.Rows) read).rows();
		List<HistoryEntry> history = existing.orElse(List.of());
		MigrationStatusReport upToDate = existing.isPresent() ? upToDate(history) : null;
		if (upToDate != null) {
			timer.mark("check");
			logger.debug("Schema is up to date at version {} ({})", upToDate.currentVersion(), timer);
			return new MigrateResult(List.of(), upToDate.currentVersion(), timer.totalMs());
		}
		Baseline baseline = new Baseline(dialect, historyTable.name());
		SchemaSnapshot live = history.isEmpty() ? baseline.readLive(connection) : null;
		if (live != null && Baseline.isEmpty(live) && canApplyAsPlanned(dialect)) {
			return migrateEmptyDatabase(connection, dialect, historyTable, existing.isPresent(), timer);
		}
		List<ResolvedMigration> resolved = this.migrations.resolveAll();
		timer.mark("resolve");
		String installedBy = this.settings.installedBy(connection);
		List<HistoryEntry> recorded = new ArrayList<>();
		if (live != null) {
			recorded.addAll(baseline.entries(live, resolved, this.settings.baselineVersion(), 1, installedBy));
			history = List.copyOf(recorded);
		}
		MigrationStatusReport report = MigrationStatusCalculator.calculate(resolved, history);
		if (this.settings.repair()) {
			List<HistoryEntry> repairs = HistoryRepair.entries(report, history, nextRank(history), installedBy);
			for (HistoryEntry row : repairs) {
				logger.warn(HistoryRepair.describe(row, report));
			}
			recorded.addAll(repairs);
			history = concat(history, repairs);
			report = MigrationStatusCalculator.calculate(resolved, history);
		}
		List<ResolvedMigration> pending = new HistoryValidator(historyTable.name(), this.settings.outOfOrder())
			.pending(report, resolved, history);
		List<PlannedMigration> plan = new MigrationPlanner(dialect).plan(resolved, pending);
		timer.mark("plan");
		if (existing.isEmpty()) {
			historyTable.create(connection);
		}
		if (!recorded.isEmpty()) {
			historyTable.append(connection, recorded);
			dialect.flushCommitted(connection);
			logger.info("Recorded {} baseline or repair row(s) in the history table [{}]", recorded.size(),
					historyTable.name());
		}
		historyTable.updateClassHashes(connection, staleClassHashes(report, history));
		if (pending.isEmpty()) {
			logger.debug("Schema is up to date at version {} ({})", report.currentVersion(), timer);
			return new MigrateResult(List.of(), report.currentVersion(), timer.totalMs());
		}
		int firstRank = nextRank(history);
		MigrationExecutor executor = new MigrationExecutor(dialect, historyTable, this.settings.transactionMode(),
				installedBy, this.migrations::classHash);
		List<AppliedMigration> applied;
		try {
			applied = executor.execute(connection, plan, firstRank);
		}
		catch (MigrationException ex) {
			if (existing.isEmpty()) {
				dropEmptyHistoryTable(connection, historyTable, ex);
			}
			throw ex;
		}
		timer.mark("execute");
		return reportApplied(applied, report.currentVersion(), dialect, timer);
	}

	/**
	 * Return whether a run may apply migrations while it is still planning the later
	 * ones: in one transaction, on a database that rolls DDL back, so that a migration
	 * that turns out not to be plannable leaves nothing applied, as if the run had
	 * planned everything first.
	 */
	private boolean canApplyAsPlanned(Dialect dialect) {
		return dialect.supportsTransactionalDdl() && this.settings.transactionMode() == TransactionMode.ALL
				&& !this.migrations.isEmpty();
	}

	/**
	 * Apply every migration to a database without history and without tables: nothing is
	 * applied to validate against and no baseline can apply, so each migration is
	 * recorded and planned {@linkplain PlanAhead on another thread} while the ones before
	 * it are applied.
	 */
	private MigrateResult migrateEmptyDatabase(Connection connection, Dialect dialect, HistoryTable historyTable,
			boolean historyTableExists, PhaseTimer timer) throws SQLException {
		List<Supplier<ResolvedMigration>> migrations = this.migrations.inVersionOrder();
		timer.mark("create");
		String installedBy = this.settings.installedBy(connection);
		if (!historyTableExists) {
			historyTable.create(connection);
		}
		MigrationExecutor executor = new MigrationExecutor(dialect, historyTable, TransactionMode.ALL, installedBy,
				this.migrations::classHash);
		List<AppliedMigration> applied;
		try (PlanAhead plan = new PlanAhead(migrations, new MigrationPlanner(dialect).replay())) {
			applied = executor.executeAsPlanned(connection, plan, 1);
		}
		catch (RuntimeException | Error ex) {
			if (!historyTableExists) {
				dropEmptyHistoryTable(connection, historyTable, ex);
			}
			throw ex;
		}
		timer.mark("plan and execute");
		return reportApplied(applied, null, dialect, timer);
	}

	private static MigrateResult reportApplied(List<AppliedMigration> applied, @Nullable Long previousVersion,
			Dialect dialect, PhaseTimer timer) {
		long currentVersion = Math.max(applied.get(applied.size() - 1).version(),
				(previousVersion != null) ? previousVersion : Long.MIN_VALUE);
		long totalMs = timer.totalMs();
		logger.debug("Run phases: {}", timer);
		logger.info("Applied {} migration(s) to {} in {} ms; the schema is now at version {}", applied.size(),
				dialect.name(), totalMs, currentVersion);
		return new MigrateResult(applied, currentVersion, totalMs);
	}

	private static int nextRank(List<HistoryEntry> history) {
		return history.stream().mapToInt(HistoryEntry::installedRank).max().orElse(0) + 1;
	}

	private static List<HistoryEntry> concat(List<HistoryEntry> first, List<HistoryEntry> second) {
		List<HistoryEntry> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

	/**
	 * Return the rows whose class hash to record: the last row of every applied migration
	 * whose current class hash is known and not the one recorded, when its checksum was
	 * checked the full way and found equal. The next runs then trust these rows (after a
	 * compiler upgrade, say, or for rows written before class hashes were recorded).
	 * @return the rows, with their new class hash
	 */
	private List<HistoryEntry> staleClassHashes(MigrationStatusReport report, List<HistoryEntry> history) {
		Map<Long, HistoryEntry> lastRows = new HashMap<>();
		history.forEach((row) -> lastRows.put(row.version(), row));
		List<HistoryEntry> stale = new ArrayList<>();
		for (MigrationStatus status : report.migrations()) {
			HistoryEntry row = lastRows.get(status.version());
			if (status.state() != MigrationState.APPLIED || row == null) {
				continue;
			}
			String classHash = this.migrations.classHash(row.className());
			if (classHash != null && row.checksum() != null && !classHash.equals(row.classHash())) {
				stale.add(new HistoryEntry(row.installedRank(), row.version(), row.description(), row.type(),
						row.className(), row.checksum(), row.installedBy(), row.installedOn(), row.executionMs(),
						row.success(), row.errorMessage(), classHash));
			}
		}
		return stale;
	}

	/**
	 * Drop the history table that this run created, when the run failed and left nothing
	 * in it, so that the database is as it was before the run.
	 */
	private static void dropEmptyHistoryTable(Connection connection, HistoryTable historyTable, Throwable failure) {
		try {
			if (historyTable.read(connection).isEmpty()) {
				historyTable.drop(connection);
			}
		}
		catch (SQLException ex) {
			failure.addSuppressed(ex);
		}
	}

	/**
	 * Return the status of every migration, from the migrations and the history table
	 * (read with one query; a missing table means nothing is applied). Takes no lock and
	 * changes nothing.
	 * @return the status report
	 * @throws MigrationException if the migrations are invalid or the history cannot be
	 * read
	 */
	public MigrationStatusReport status() {
		try (Connection connection = this.dataSource.getConnection()) {
			HistoryTable historyTable = new HistoryTable(dialect(connection), this.settings.table());
			List<HistoryEntry> history = historyTable.read(connection);
			return MigrationStatusCalculator.calculate(this.migrations.resolveAgainst(history), history);
		}
		catch (SQLException ex) {
			throw historyUnreadable(ex);
		}
	}

	/**
	 * Return the history a run with nothing to do finds, or {@code null} when the run
	 * must read every row: when repairing, or for a set that cannot be summed up.
	 */
	private @Nullable UpToDateHistory expectedWhenUpToDate() {
		return this.settings.repair() ? null : this.migrations.upToDateHistory();
	}

	private MigrationException historyUnreadable(SQLException ex) {
		return new MigrationException(
				"The history table [" + this.settings.table() + "] could not be read: " + ex.getMessage(), null, null,
				null, null, null, ex);
	}

	private Dialect dialect(Connection connection) throws SQLException {
		return (this.dialect != null) ? this.dialect : Dialects.detect(connection);
	}

}
