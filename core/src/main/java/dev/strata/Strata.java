package dev.strata;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import javax.sql.DataSource;

import dev.strata.dialect.Dialect;
import dev.strata.diff.Renames;
import dev.strata.entity.EntitySchema;
import dev.strata.migration.Migration;
import dev.strata.model.SchemaSnapshot;
import dev.strata.runner.HistoryEntry;
import dev.strata.runner.HistoryTable;
import dev.strata.runner.MigrateResult;
import dev.strata.runner.MigrateScriptPlanner;
import dev.strata.runner.MigrationException;
import dev.strata.runner.MigrationRollback;
import dev.strata.runner.MigrationRunner;
import dev.strata.runner.MigrationScript;
import dev.strata.runner.MigrationSet;
import dev.strata.runner.MigrationClass;
import dev.strata.runner.MigrationState;
import dev.strata.runner.MigrationStatus;
import dev.strata.runner.MigrationStatusReport;
import dev.strata.runner.ResolvedMigration;
import dev.strata.runner.RollbackResult;
import dev.strata.runner.RollbackTarget;
import dev.strata.runner.RunnerSettings;
import dev.strata.runner.UpToDateQuestion;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Strata for one database: migrates it and rolls it back, reports the state of its
 * migrations, generates the next migration from the entities and validates the migrations
 * and the database against them. <pre class="code">
 * Strata strata = Strata.builder(dataSource).migrations(migrations).build();
 * strata.migrate();
 * </pre>
 */
public final class Strata {

	/** How long {@link #awaitPreparation()} waits at most. */
	public static final Duration PREPARATION_TIMEOUT = Duration.ofSeconds(10);

	private static final Logger logger = LoggerFactory.getLogger(Strata.class);

	private final DataSource dataSource;

	private final MigrationsOnFirstUse migrations;

	private final RunnerSettings settings;

	private final String migrationsPackage;

	private final EntitySource entities;

	private final @Nullable Dialect configuredDialect;

	private final DialectDetection dialect;

	private final List<Thread> preparation = new CopyOnWriteArrayList<>();

	private final UpToDateCheckAhead upToDateCheck = new UpToDateCheckAhead();

	private final boolean checkedElsewhere;

	private volatile @Nullable MigrationException lastFailure;

	private final AtomicLong runCount = new AtomicLong();

	private final AtomicLong runsStarted = new AtomicLong();

	private Strata(Builder builder) {
		this.dataSource = builder.dataSource;
		this.migrations = new MigrationsOnFirstUse(builder.migrationSet());
		this.settings = builder.settings;
		this.migrationsPackage = builder.migrationsPackage;
		this.entities = builder.entities;
		this.configuredDialect = builder.dialect;
		this.dialect = new DialectDetection(builder.dataSource, builder.dialect);
		HistoryCheckAhead given = builder.historyCheckedAhead;
		this.checkedElsewhere = given != null;
		if (given != null) {
			this.upToDateCheck.expect(0, given.task(), given.setUpNanos());
		}
	}

	/**
	 * Start configuring Strata for a database.
	 * @param dataSource the database
	 * @return a builder
	 */
	public static Builder builder(DataSource dataSource) {
		return new Builder(dataSource);
	}

	/**
	 * Start configuring Strata without a database, for what needs none: generating the
	 * next migration and {@linkplain #validateMigrations() validating the migrations}
	 * against the entities. Operations that need a database fail with an exception that
	 * says so.
	 * @param dialect the dialect of the database the migrations are for
	 * @return a builder
	 */
	public static Builder offline(Dialect dialect) {
		return new Builder(new NoDatabase()).dialect(Objects.requireNonNull(dialect, "'dialect' must not be null"));
	}

	/**
	 * Apply the pending migrations. The first run after
	 * {@link #prepareInBackground(boolean) prepareInBackground(true)}, or the first run
	 * of an instance {@linkplain Builder#historyCheckedAhead(HistoryCheckAhead) given a
	 * check made ahead}, ends with the answer of that check if the check, started at most
	 * 10 seconds before, found the history up to date, asked this instance's question
	 * (same history table, same migrations with the same class files), and no other run
	 * of this instance started since. With a check given, such a run makes no connection
	 * at all.
	 * @return what was applied
	 * @throws MigrationException if a migration is invalid or fails; the database and the
	 * history are then as they were before the run, or the message says exactly what
	 * stayed applied
	 */
	public MigrateResult migrate() {
		long startedBefore = this.runsStarted.getAndIncrement();
		try {
			MigrateResult result = upToDateCheckedAhead(startedBefore).orElseGet(() -> runner().migrate());
			this.lastFailure = null;
			return result;
		}
		catch (MigrationException ex) {
			this.lastFailure = ex;
			throw ex;
		}
		finally {
			this.runCount.incrementAndGet();
		}
	}

	private Optional<MigrateResult> upToDateCheckedAhead(long startedBefore) {
		if (!this.checkedElsewhere) {
			// This instance's own check detected the dialect first: waiting for that here
			// reports a failure to connect once instead of connecting again.
			dialect();
		}
		return this.upToDateCheck.take(startedBefore, this::upToDateQuestion);
	}

	private Optional<UpToDateQuestion> upToDateQuestion() {
		return runnerWithConfiguredDialect().upToDateQuestion();
	}

	/**
	 * Set up a check of this instance's database, for another instance to be
	 * {@linkplain Builder#historyCheckedAhead(HistoryCheckAhead) given}: the caller runs
	 * it on a thread of its own. The check uses one connection, on which it also detects
	 * the dialect unless it was configured.
	 * @return the check, not started
	 */
	public HistoryCheckAhead historyCheckAhead() {
		return new HistoryCheckAhead(
				UpToDateCheckAhead.task(UpToDateCheckAhead.checkedBy(this::runnerWithConfiguredDialect)));
	}

	/**
	 * Start, on daemon threads, the work that every run begins with and that does not
	 * depend on when it runs, so that it overlaps with the rest of the application's
	 * start: finding the migration classes (reading and hashing their class files) and
	 * summing them up for the run's history check; and, if asked, connecting to detect
	 * the dialect (which starts a connection pool, loads the JDBC driver and logs in) and
	 * {@linkplain MigrationRunner#checkUpToDate() checking, with one query that returns
	 * one value, without the lock, whether the run will have anything to do}. It changes
	 * nothing in the database. A call that needs any of this waits for it; if it fails,
	 * that call does it again and reports the failure. The first {@link #migrate()} after
	 * it ends with the check's answer if the history was up to date (as it is in most
	 * starts) and the answer is recent (see {@link #migrate()}): it then neither takes
	 * the lock nor reads the history again. An instance
	 * {@linkplain Builder#historyCheckedAhead(HistoryCheckAhead) given a check made
	 * ahead} makes no check of its own: it connects here only if that check did not find
	 * the history up to date for its migrations and no run took it yet (so that the run
	 * that follows finds the connection pool started).
	 * @param connect whether to connect now, for an application that runs its migrations
	 * when it starts
	 */
	public void prepareInBackground(boolean connect) {
		this.preparation
			.add(BackgroundPreparation.start("strata-migrations", () -> this.migrations.get().prepareRun()));
		if (connect) {
			Runnable connectAhead = this.checkedElsewhere ? this::connectUnlessCheckedElsewhere : checkThenReadIfNeeded(
					this.upToDateCheck.start(this.runsStarted.get(), UpToDateCheckAhead.checkedBy(this::runner)));
			this.preparation.add(BackgroundPreparation.start("strata-connect", connectAhead));
		}
	}

	private Runnable checkThenReadIfNeeded(Runnable check) {
		return () -> {
			check.run();
			if (runWillCheck()) {
				readClassesAhead();
			}
		};
	}

	private MigrationRunner runner() {
		return new MigrationRunner(this.dataSource, dialect(), this.migrations.get(), this.settings);
	}

	/**
	 * Return a runner that detects the dialect on its own connection unless it was
	 * configured, instead of asking for a connection of its own to detect it first.
	 */
	private MigrationRunner runnerWithConfiguredDialect() {
		return new MigrationRunner(this.dataSource, this.configuredDialect, this.migrations.get(), this.settings);
	}

	private void connectUnlessCheckedElsewhere() {
		if (runWillCheck()) {
			dialect();
			readClassesAhead();
		}
	}

	/**
	 * Return whether the check ahead left the run to check for itself (it found something
	 * to do, or failed), waiting for its answer.
	 */
	private boolean runWillCheck() {
		return this.upToDateCheck.leavesTheRunToCheck(this::upToDateQuestion);
	}

	/**
	 * Read the migrations' class files now, for a run that will check for itself: a set
	 * that was only listed (see {@link MigrationSet#listed}) has not read them yet.
	 */
	private void readClassesAhead() {
		this.migrations.get().readClasses();
	}

	/**
	 * Wait at most {@link #PREPARATION_TIMEOUT} for the work
	 * {@link #prepareInBackground(boolean)} started to end, as
	 * {@link #awaitPreparation(Duration)} does: the destroy method of a container that
	 * closes the data source after this instance. Keeps the interrupt flag if
	 * interrupted.
	 */
	public void awaitPreparation() {
		try {
			if (!awaitPreparation(PREPARATION_TIMEOUT)) {
				logger.debug("Background preparation still running after {}", PREPARATION_TIMEOUT);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Wait, at most the given time, for the work {@link #prepareInBackground(boolean)}
	 * started to end: for whoever closes the data source after this instance, since a
	 * connection pool that the background connection is starting would otherwise be
	 * created after the pool was closed, and outlive it.
	 * @param timeout how long to wait at most
	 * @return whether the work ended
	 * @throws InterruptedException if interrupted while waiting
	 */
	public boolean awaitPreparation(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		for (Thread thread : this.preparation) {
			long remainingMs = Math.max(0, (deadline - System.nanoTime()) / 1_000_000);
			thread.join(Math.max(1, remainingMs));
			if (thread.isAlive()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Roll back applied migrations, highest version first.
	 * @param target how far to go back: a number of steps or a version to go back to
	 * @return what was rolled back, with what it could not bring back
	 * @throws MigrationException if a migration cannot be undone (nothing runs then) or
	 * undoing one fails; the message says what the database was left as
	 * @see MigrationRollback
	 */
	public RollbackResult rollback(RollbackTarget target) {
		this.runsStarted.incrementAndGet();
		try {
			return new MigrationRollback(this.dataSource, dialect(), this.migrations.get().instances(), this.settings)
				.rollback(target);
		}
		finally {
			this.runCount.incrementAndGet();
		}
	}

	/**
	 * Return how many {@link #migrate()} and {@link #rollback(RollbackTarget)} runs of
	 * this instance have ended, successfully or not. The count only grows, and reading it
	 * costs nothing: a report on the database made at one count may be stale once the
	 * count has moved on, which is how a cached report (the health indicator's) knows to
	 * check again after a run. Runs by other instances or other processes are not
	 * counted.
	 * @return the number of ended runs
	 */
	public long runCount() {
		return this.runCount.get();
	}

	/**
	 * Return the SQL that {@link #migrate()} would run now, without running it.
	 * @return the script, empty when nothing is pending
	 * @throws MigrationException if the run would refuse to start
	 */
	public MigrationScript migrateScript() {
		Dialect dialect = dialect();
		try (Connection connection = this.dataSource.getConnection()) {
			List<HistoryEntry> history = new HistoryTable(dialect, this.settings.table()).readIfExists(connection)
				.orElse(null);
			return MigrateScriptPlanner.plan(dialect, this.migrations.get().instances(), history, this.settings);
		}
		catch (SQLException ex) {
			throw new MigrationException(
					"The history table [" + this.settings.table() + "] could not be read: " + ex.getMessage(), null,
					null, null, null, null, ex);
		}
	}

	/**
	 * Return the SQL that {@link #rollback(RollbackTarget)} would run now, without
	 * running it.
	 * @param target how far to go back
	 * @return the script, empty when nothing is above the target
	 * @throws MigrationException if the rollback would refuse to start
	 */
	public MigrationScript rollbackScript(RollbackTarget target) {
		return new MigrationRollback(this.dataSource, dialect(), this.migrations.get().instances(), this.settings)
			.script(target);
	}

	/**
	 * Return the state of every migration, known from the classes and from the history. A
	 * migration whose last run failed in this process shows as
	 * {@link MigrationState#FAILED} with its error, although the rollback left no trace
	 * of it in the history.
	 * @return the status of each migration, in version order
	 */
	public MigrationStatusReport status() {
		MigrationStatusReport report = runner().status();
		MigrationException failure = this.lastFailure;
		if (failure == null || failure.getVersion() == null) {
			return report;
		}
		List<MigrationStatus> statuses = new ArrayList<>();
		for (MigrationStatus status : report.migrations()) {
			boolean failed = status.state() == MigrationState.PENDING && failure.getVersion() == status.version();
			statuses.add(failed
					? new MigrationStatus(status.version(), status.description(), status.className(),
							MigrationState.FAILED, null, status.checksum(), null, null, null, failure.getMessage())
					: status);
		}
		return new MigrationStatusReport(report.currentVersion(), statuses);
	}

	/**
	 * Generate the next migration: the one that makes the migrations build what the
	 * entities declare.
	 * @param name what the migration does, in words ("add user nickname"); {@code null}
	 * to name it after its operations
	 * @param renames renames the user confirmed, so that they rename instead of dropping
	 * @return the generated migration, or up to date
	 * @throws IllegalStateException if the entities are not known
	 */
	public Generation generate(@Nullable String name, Renames renames) {
		Dialect dialect = dialect();
		EntitySchema entities = requireEntities(dialect);
		return new MigrationGenerator(dialect, this.migrationsPackage).generate(resolve(), entities, name, renames);
	}

	/**
	 * Validate everything: whether the migrations build what the entities declare,
	 * whether the database matches the entities, and whether the history has pending,
	 * failed, missing or changed migrations.
	 * @return every problem found
	 */
	public Validation validate() {
		return validate(true, status());
	}

	/**
	 * Validate the database only: whether it matches the entities and whether the history
	 * has pending, failed, missing or changed migrations. This is what the health
	 * indicator reports.
	 * @return every problem found
	 */
	public Validation validateDatabase() {
		return validate(false, status());
	}

	/**
	 * Validate the migrations only, without a database: whether they build what the
	 * entities declare. This is the check a build runs ({@code strata:validate}); the
	 * dialect must be {@linkplain Builder#dialect(Dialect) given}.
	 * @return every difference found
	 * @throws IllegalStateException if the entities are not known
	 */
	public Validation validateMigrations() {
		Dialect dialect = dialect();
		EntitySchema entities = requireEntities(dialect);
		MigrationReplay replay = MigrationReplay.of(resolve());
		List<String> notices = new ArrayList<>(replay.notices());
		return new Validation(new SchemaValidator(dialect).migrations(replay, entities), notices);
	}

	/**
	 * Validate the database only, given the status of the migrations already read.
	 * @param status the status of the migrations, as {@link #status()} returns it
	 * @return every problem found
	 * @see #validateDatabase()
	 */
	public Validation validateDatabase(MigrationStatusReport status) {
		return validate(false, status);
	}

	private Validation validate(boolean includeMigrations, MigrationStatusReport status) {
		Dialect dialect = dialect();
		SchemaValidator validator = new SchemaValidator(dialect);
		List<ValidationProblem> problems = new ArrayList<>(validator.history(status));
		List<String> notices = new ArrayList<>();
		Optional<EntitySchema> entities = this.entities.read(dialect);
		if (entities.isEmpty()) {
			notices.add("The entities are not known, so the schema was not compared with them.");
			return new Validation(problems, notices);
		}
		if (includeMigrations) {
			MigrationReplay replay = MigrationReplay.of(resolve());
			notices.addAll(replay.notices());
			problems.addAll(validator.migrations(replay, entities.get()));
		}
		problems.addAll(validator.database(readDatabase(dialect), entities.get()));
		return new Validation(problems, notices);
	}

	private SchemaSnapshot readDatabase(Dialect dialect) {
		try (Connection connection = this.dataSource.getConnection()) {
			return dialect.catalogReader()
				.read(connection, Set.of(this.settings.table(), this.settings.table() + "_lock"));
		}
		catch (SQLException ex) {
			throw new MigrationException("The database schema could not be read: " + ex.getMessage(), null, null, null,
					null, null, ex);
		}
	}

	private List<ResolvedMigration> resolve() {
		return this.migrations.get().resolveAll();
	}

	private EntitySchema requireEntities(Dialect dialect) {
		return this.entities.read(dialect)
			.orElseThrow(() -> new IllegalStateException(
					"The entities are not known: JPA has not started, or the application has no entities"));
	}

	/**
	 * Return the dialect of the database, detected on first use.
	 * @return the dialect
	 */
	public Dialect dialect() {
		return this.dialect.get();
	}

	/**
	 * Return the database this instance migrates.
	 * @return the data source
	 */
	public DataSource dataSource() {
		return this.dataSource;
	}

	/**
	 * Return the package generated migrations go to.
	 * @return the package name
	 */
	public String migrationsPackage() {
		return this.migrationsPackage;
	}

	/**
	 * Return the settings of the runs.
	 * @return the settings
	 */
	public RunnerSettings settings() {
		return this.settings;
	}

	/**
	 * Return the failure of the last run in this process, if it failed.
	 * @return the failure, or {@code null}
	 */
	public @Nullable MigrationException lastFailure() {
		return this.lastFailure;
	}

	/**
	 * Builds a {@link Strata}.
	 */
	public static final class Builder {

		private final DataSource dataSource;

		private Collection<? extends Migration> migrations = List.of();

		private Supplier<? extends Collection<MigrationClass>> migrationClasses = List::of;

		private boolean migrationsGiven;

		private @Nullable Supplier<MigrationSet> migrationSet;

		private RunnerSettings settings = RunnerSettings.defaults();

		private String migrationsPackage = "migrations";

		private EntitySource entities = EntitySource.NONE;

		private @Nullable Dialect dialect;

		private @Nullable HistoryCheckAhead historyCheckedAhead;

		private Builder(DataSource dataSource) {
			this.dataSource = Objects.requireNonNull(dataSource, "'dataSource' must not be null");
		}

		/**
		 * Set the migrations.
		 * @param migrations the migrations, in any order
		 * @return this builder
		 */
		public Builder migrations(Collection<? extends Migration> migrations) {
			this.migrations = Objects.requireNonNull(migrations, "'migrations' must not be null");
			this.migrationsGiven = true;
			return this;
		}

		/**
		 * Set how runs work.
		 * @param settings the settings
		 * @return this builder
		 */
		public Builder settings(RunnerSettings settings) {
			this.settings = Objects.requireNonNull(settings, "'settings' must not be null");
			return this;
		}

		/**
		 * Set the migration classes found on the class path, created only when needed. A
		 * class also given as an instance counts once, as the instance.
		 * @param migrationClasses the classes, in any order
		 * @return this builder
		 */
		public Builder migrationClasses(Collection<MigrationClass> migrationClasses) {
			Objects.requireNonNull(migrationClasses, "'migrationClasses' must not be null");
			return migrationClasses(() -> migrationClasses);
		}

		/**
		 * Set how to find the migration classes on the class path: called when the
		 * migrations are first needed (by a run, the status, or
		 * {@link Strata#prepareInBackground(boolean)}), and once, unless it fails.
		 * @param finder finds the classes, in any order
		 * @return this builder
		 */
		public Builder migrationClasses(Supplier<? extends Collection<MigrationClass>> finder) {
			this.migrationClasses = Objects.requireNonNull(finder, "'finder' must not be null");
			this.migrationsGiven = true;
			return this;
		}

		/**
		 * Set the migrations as a set built elsewhere, instead of {@link #migrations} and
		 * {@link #migrationClasses}: to share one set, and the work of building it and of
		 * summarizing what a run with nothing to do compares with the history, between
		 * several {@link Strata} instances for the same migrations (one that checks the
		 * history early and the one that runs, say). Called when the migrations are first
		 * needed, and once, unless it fails.
		 * @param migrationSet gives the set
		 * @return this builder
		 */
		public Builder migrationSet(Supplier<MigrationSet> migrationSet) {
			this.migrationSet = Objects.requireNonNull(migrationSet, "'migrationSet' must not be null");
			return this;
		}

		private Supplier<MigrationSet> migrationSet() {
			Supplier<MigrationSet> given = this.migrationSet;
			if (given == null) {
				Collection<? extends Migration> instances = this.migrations;
				Supplier<? extends Collection<MigrationClass>> classes = this.migrationClasses;
				return () -> MigrationSet.of(instances, classes.get());
			}
			if (this.migrationsGiven) {
				throw new IllegalStateException(
						"Give Strata either a migration set or migrations and migration classes, not both");
			}
			return given;
		}

		/**
		 * Set the package generated migrations go to.
		 * @param migrationsPackage the package name
		 * @return this builder
		 */
		public Builder migrationsPackage(String migrationsPackage) {
			this.migrationsPackage = Objects.requireNonNull(migrationsPackage, "'migrationsPackage' must not be null");
			return this;
		}

		/**
		 * Set where the entities' schema comes from.
		 * @param entities the source
		 * @return this builder
		 */
		public Builder entities(EntitySource entities) {
			this.entities = Objects.requireNonNull(entities, "'entities' must not be null");
			return this;
		}

		/**
		 * Set the dialect instead of detecting it.
		 * @param dialect the dialect
		 * @return this builder
		 */
		public Builder dialect(@Nullable Dialect dialect) {
			this.dialect = dialect;
			return this;
		}

		/**
		 * Give the instance a check of its database made ahead by another instance
		 * ({@link Strata#historyCheckAhead()}), for its first run to end with if the
		 * history was up to date (see {@link Strata#migrate()}). The check must be of the
		 * same database, as this instance's data source reaches it (same server,
		 * database, user and schema): nothing checks that.
		 * @param check the check, started or not
		 * @return this builder
		 */
		public Builder historyCheckedAhead(@Nullable HistoryCheckAhead check) {
			this.historyCheckedAhead = check;
			return this;
		}

		/**
		 * Build it.
		 * @return the configured Strata
		 */
		public Strata build() {
			return new Strata(this);
		}

	}

}
