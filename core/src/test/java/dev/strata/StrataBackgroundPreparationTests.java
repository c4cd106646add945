package dev.strata;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.sql.DataSource;

import dev.strata.dialect.h2.H2Dialect;
import dev.strata.runner.ListedClass;
import dev.strata.runner.MigrateResult;
import dev.strata.runner.MigrationClass;
import dev.strata.runner.MigrationException;
import dev.strata.runner.MigrationSet;
import dev.strata.runner.MigrationState;
import dev.strata.runner.RollbackTarget;
import dev.strata.testing.TestH2;
import dev.strata.testing.TestPostgres;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.DelegatingDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link Strata#prepareInBackground(boolean)}: the migration classes are found, and the
 * dialect detected and the history checked, on threads of their own, once; a run waits
 * for them and uses them (a history found up to date ends the first run); and work that
 * failed in the background is done again by the run, which reports the failure. A check
 * made ahead by another instance ({@link Strata#historyCheckAhead()}) and given to the
 * builder stands for the instance's own.
 */
class StrataBackgroundPreparationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	@Test
	void theRunWaitsForTheClassesFoundInTheBackgroundAndDoesNotFindThemAgain() throws Exception {
		CountDownLatch finderStarted = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		List<String> finderThreads = new CopyOnWriteArrayList<>();
		Strata strata = Strata.builder(TestH2.newDatabase()).migrationClasses(() -> {
			finderThreads.add(Thread.currentThread().getName());
			finderStarted.countDown();
			await(release);
			return List.of(notesClass());
		}).build();
		strata.prepareInBackground(false);
		assertThat(finderStarted.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
		CompletableFuture<MigrateResult> run = CompletableFuture.supplyAsync(strata::migrate);
		release.countDown();
		MigrateResult result = run.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		assertThat(result.applied()).singleElement()
			.satisfies((applied) -> assertThat(applied.version()).isEqualTo(1L));
		assertThat(finderThreads).containsExactly("strata-migrations");
		assertThat(strata.migrate().currentVersion()).isEqualTo(1L);
		assertThat(finderThreads).as("found once for the life of the instance").hasSize(1);
	}

	@Test
	void twoInstancesGivenOneMigrationSetShareItAndEachAsksForItOnce() throws Exception {
		MigrationSet shared = MigrationSet.of(List.of(), List.of(notesClass()));
		AtomicInteger asked = new AtomicInteger();
		Supplier<MigrationSet> set = () -> {
			asked.incrementAndGet();
			return shared;
		};
		DataSource database = TestH2.newDatabase();
		Strata checking = Strata.builder(database).migrationSet(set).build();
		Strata running = Strata.builder(database).migrationSet(set).build();
		assertThat(checking.status().migrations()).singleElement()
			.satisfies((migration) -> assertThat(migration.state()).isEqualTo(MigrationState.PENDING));
		assertThat(running.migrate().applied()).hasSize(1);
		assertThat(running.migrate().applied()).isEmpty();
		assertThat(checking.status().currentVersion()).isEqualTo(1L);
		assertThat(asked).as("once by each instance").hasValue(2);
	}

	@Test
	void aMigrationSetAndMigrationsCannotBothBeGiven() {
		Strata.Builder builder = Strata.builder(TestH2.newDatabase())
			.migrationClasses(List.of(notesClass()))
			.migrationSet(() -> MigrationSet.of(List.of()));
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(builder::build)
			.withMessage("Give Strata either a migration set or migrations and migration classes, not both");
		Strata.Builder withInstances = Strata.builder(TestH2.newDatabase())
			.migrationSet(() -> MigrationSet.of(List.of()))
			.migrations(List.of(new V1_CreateNotes()));
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(withInstances::build);
	}

	@Test
	void classesThatCouldNotBeFoundInTheBackgroundAreFoundAgainByTheRun() throws Exception {
		AtomicInteger calls = new AtomicInteger();
		CountDownLatch firstFailed = new CountDownLatch(1);
		Strata strata = Strata.builder(TestH2.newDatabase()).migrationClasses(() -> {
			if (calls.incrementAndGet() == 1) {
				firstFailed.countDown();
				throw new IllegalStateException("class path not ready");
			}
			return List.of(notesClass());
		}).build();
		strata.prepareInBackground(false);
		assertThat(firstFailed.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
		assertThat(strata.migrate().applied()).hasSize(1);
		assertThat(calls).hasValue(2);
	}

	@Test
	void aFinderThatKeepsFailingFailsTheRunWithItsOwnMessage() throws Exception {
		AtomicInteger calls = new AtomicInteger();
		Supplier<Collection<MigrationClass>> failing = () -> {
			calls.incrementAndGet();
			throw new MigrationException("The migrations package [com.example.db] could not be scanned: gone", null,
					null, null, null, null, null);
		};
		DataSource database = TestH2.newDatabase();
		Strata strata = Strata.builder(database).migrationClasses(failing).build();
		strata.prepareInBackground(false);
		assertThatExceptionOfType(MigrationException.class).isThrownBy(strata::migrate)
			.withMessage("The migrations package [com.example.db] could not be scanned: gone");
		assertThat(calls.get()).as("once in the background (if it got there first), once by the run").isBetween(1, 2);
		assertThat(tables(database)).as("the run stopped before creating anything").isEmpty();
	}

	@Test
	void theDialectIsDetectedOnTheConnectThreadSoTheRunDoesNotConnectForIt() throws Exception {
		ConnectionLog prepared = new ConnectionLog(TestH2.newDatabase());
		Strata strata = preparedWithNotes(prepared);
		assertThat(strata.dialect()).isInstanceOf(H2Dialect.class);
		assertThat(prepared.threads).as("the dialect detected, then the history checked, on the connect thread")
			.containsExactly("strata-connect", "strata-connect");
		assertThat(strata.migrate().applied()).as("an empty database: the check left the run to the run").hasSize(1);
		ConnectionLog unprepared = new ConnectionLog(TestH2.newDatabase());
		withNotes(unprepared).migrate();
		String self = Thread.currentThread().getName();
		assertThat(prepared.threads.stream().filter(self::equals).count()).as("lock and run connections only")
			.isEqualTo(unprepared.threads.stream().filter(self::equals).count() - 1);
	}

	@Test
	void aRunAfterACheckThatFoundTheHistoryUpToDateEndsWithItsAnswerWithoutConnecting() throws Exception {
		DataSource database = withNotesApplied(TestH2.newDatabase());
		ConnectionLog log = new ConnectionLog(database);
		Strata strata = preparedWithNotes(log);
		MigrateResult result = strata.migrate();
		assertThat(result.applied()).isEmpty();
		assertThat(result.currentVersion()).isEqualTo(1L);
		String self = Thread.currentThread().getName();
		assertThat(log.threads).as("no connection for the run itself").doesNotContain(self);
		assertThat(strata.migrate().currentVersion()).isEqualTo(1L);
		assertThat(log.threads).as("the answer is used once: the next run checks for itself").contains(self);
	}

	@Test
	void aRunAfterACheckThatFoundAMigrationPendingAppliesIt() throws Exception {
		DataSource database = withNotesApplied(TestH2.newDatabase());
		ConnectionLog log = new ConnectionLog(database);
		Strata strata = Strata.builder(log)
			.migrationClasses(() -> List.of(notesClass(),
					new MigrationClass(V2_CreateTags.class.getName(), "fedcba9876543210", V2_CreateTags::new)))
			.build();
		strata.prepareInBackground(true);
		assertThat(strata.awaitPreparation(TIMEOUT)).isTrue();
		assertThat(log.threads).as("the dialect detected, then the history checked").hasSize(2);
		MigrateResult result = strata.migrate();
		assertThat(result.applied()).singleElement()
			.satisfies((applied) -> assertThat(applied.version()).isEqualTo(2L));
		assertThat(log.threads).as("the run took the lock and applied on its own connections")
			.contains(Thread.currentThread().getName());
		assertThat(tables(database)).contains("notes", "tags");
	}

	@Test
	void aCheckThatFailedLeavesTheRunToReportTheFailure() throws Exception {
		DataSource database = TestH2.newDatabase();
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("create table strata_schema_history (id integer)");
		}
		ConnectionLog log = new ConnectionLog(database);
		Strata strata = preparedWithNotes(log);
		assertThat(log.threads).as("the check was made, and failed on that table").hasSize(2);
		assertThatExceptionOfType(MigrationException.class).isThrownBy(strata::migrate)
			.withMessageStartingWith("The history table [strata_schema_history] exists but was not created by Strata");
		assertThat(tables(database)).as("nothing applied").doesNotContain("notes");
	}

	@Test
	void aRunThatComesWhileTheCheckIsRunningWaitsForItsAnswer() throws Exception {
		DataSource database = withNotesApplied(TestH2.newDatabase());
		GatedCheck gated = new GatedCheck(database);
		Strata strata = withNotes(gated);
		strata.prepareInBackground(true);
		gated.awaitCheck();
		CompletableFuture<MigrateResult> result = new CompletableFuture<>();
		Thread run = new Thread(() -> result.complete(strata.migrate()), "run");
		run.start();
		awaitWaitingIn(run, "UpToDateCheckAhead");
		gated.open();
		assertThat(result.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).currentVersion()).isEqualTo(1L);
		assertThat(gated.threads).as("no connection for the run itself").doesNotContain("run");
	}

	@Test
	void aRollbackAfterTheCheckMakesTheNextRunCheckForItself() throws Exception {
		DataSource database = withNotesApplied(TestH2.newDatabase());
		Strata strata = preparedWithNotes(database);
		assertThat(strata.rollback(RollbackTarget.steps(1)).rolledBack()).hasSize(1);
		assertThat(tables(database)).doesNotContain("notes");
		assertThat(strata.migrate().applied()).as("the answer from before the rollback is not used").hasSize(1);
		assertThat(tables(database)).contains("notes");
	}

	@Test
	void aConnectionThatFailedInTheBackgroundIsTriedAgainByTheRunWhichReportsIt() {
		AtomicInteger attempts = new AtomicInteger();
		DataSource unreachable = new DelegatingDataSource(TestH2.newDatabase()) {

			@Override
			public Connection getConnection() throws SQLException {
				attempts.incrementAndGet();
				throw new SQLException("Connection refused");
			}

		};
		Strata strata = withNotes(unreachable);
		strata.prepareInBackground(true);
		assertThatExceptionOfType(MigrationException.class).isThrownBy(strata::migrate)
			.withMessage("Cannot connect to the database: Connection refused");
		assertThat(attempts.get()).as("the run connected itself, after or instead of the background").isBetween(1, 2);
	}

	@Test
	void aRunThatWaitedForTheBackgroundConnectionToFailFailsWithItsErrorWithoutConnectingAgain() throws Exception {
		GatedDataSource slowToRefuse = new GatedDataSource("Connection timed out");
		Strata strata = withNotes(slowToRefuse);
		strata.prepareInBackground(true);
		slowToRefuse.awaitFirstAttempt();
		CompletableFuture<Throwable> failure = new CompletableFuture<>();
		Thread run = new Thread(() -> {
			try {
				strata.migrate();
				failure.complete(null);
			}
			catch (RuntimeException ex) {
				failure.complete(ex);
			}
		}, "run");
		run.start();
		awaitBlockedInDialectDetection(run);
		slowToRefuse.open();
		assertThat(failure.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isInstanceOf(MigrationException.class)
			.hasMessage("Cannot connect to the database: Connection timed out");
		assertThat(slowToRefuse.attempts).as("the run waited for the background attempt, and did not make its own")
			.hasValue(1);
		assertThatExceptionOfType(MigrationException.class).isThrownBy(strata::migrate)
			.withMessage("Cannot connect to the database: Connection timed out");
		assertThat(slowToRefuse.attempts).as("a later run tries again").hasValue(2);
	}

	@Test
	void awaitingThePreparationWaitsForTheBackgroundConnectionToEnd() throws Exception {
		GatedDataSource slow = new GatedDataSource(null);
		Strata strata = withNotes(slow);
		strata.prepareInBackground(true);
		slow.awaitFirstAttempt();
		assertThat(strata.awaitPreparation(Duration.ofMillis(200))).as("still connecting").isFalse();
		slow.open();
		assertThat(strata.awaitPreparation(TIMEOUT)).isTrue();
		assertThat(strata.dialect()).isInstanceOf(H2Dialect.class);
	}

	@Test
	void aPreparedRunOnPostgresqlAppliesAndTheNextPreparedRunFindsNothingToDo() throws Exception {
		DataSource database = TestPostgres.newDatabase();
		Strata first = withNotes(database);
		first.prepareInBackground(true);
		assertThat(first.migrate().applied()).hasSize(1);
		ConnectionLog log = new ConnectionLog(database);
		Strata next = preparedWithNotes(log);
		MigrateResult nothing = next.migrate();
		assertThat(nothing.applied()).isEmpty();
		assertThat(nothing.currentVersion()).isEqualTo(1L);
		assertThat(log.threads).as("found up to date on the connect thread").containsOnly("strata-connect");
		assertThat(tables(database)).contains("notes");
	}

	@Test
	void aRunGivenACheckMadeAheadByAnotherInstanceEndsWithItsAnswerWithoutAnyConnection() throws Exception {
		DataSource database = withNotesApplied(TestH2.newDatabase());
		ConnectionLog checkedThrough = new ConnectionLog(database);
		ConnectionLog log = new ConnectionLog(database);
		Strata strata = withNotes(log, checkingOnItsOwnThread(checkedThrough));
		strata.prepareInBackground(true);
		assertThat(strata.awaitPreparation(TIMEOUT)).isTrue();
		MigrateResult result = strata.migrate();
		assertThat(result.applied()).isEmpty();
		assertThat(result.currentVersion()).isEqualTo(1L);
		assertThat(log.threads).as("neither the background nor the run connected").isEmpty();
		assertThat(checkedThrough.threads).as("one connection, for the dialect and the check")
			.containsExactly("checker");
		assertThat(strata.migrate().currentVersion()).isEqualTo(1L);
		assertThat(log.threads).as("the answer is used once: the next run checks for itself").isNotEmpty();
	}

	@Test
	void aCheckGivenForOtherMigrationsLeavesTheRunToApplyWhatIsPendingOnAPoolStartedAhead() throws Exception {
		DataSource database = withNotesApplied(TestH2.newDatabase());
		HistoryCheckAhead check = withNotes(database).historyCheckAhead();
		check.run();
		ConnectionLog log = new ConnectionLog(database);
		Strata strata = Strata.builder(log)
			.migrationClasses(() -> List.of(notesClass(),
					new MigrationClass(V2_CreateTags.class.getName(), "fedcba9876543210", V2_CreateTags::new)))
			.historyCheckedAhead(check)
			.build();
		strata.prepareInBackground(true);
		assertThat(strata.awaitPreparation(TIMEOUT)).isTrue();
		assertThat(log.threads).as("the check asked about V1 only: the dialect was detected ahead of the run")
			.containsExactly("strata-connect");
		assertThat(strata.migrate().applied()).singleElement()
			.satisfies((applied) -> assertThat(applied.version()).isEqualTo(2L));
		assertThat(tables(database)).contains("notes", "tags");
	}

	@Test
	void aCheckGivenThatFoundSomethingToDoLeavesTheRunToDoIt() throws Exception {
		DataSource database = TestH2.newDatabase();
		HistoryCheckAhead check = withNotes(database).historyCheckAhead();
		check.run();
		Strata strata = withNotes(database, check);
		assertThat(strata.migrate().applied()).as("no history table when checked: the run applies V1").hasSize(1);
		assertThat(tables(database)).contains("notes");
	}

	@Test
	void aCheckGivenThatNoThreadRanIsMadeByTheRunOnTheConnectionOfTheCheck() {
		DataSource database = withNotesApplied(TestH2.newDatabase());
		ConnectionLog checkedThrough = new ConnectionLog(database);
		ConnectionLog log = new ConnectionLog(database);
		Strata strata = withNotes(log, withNotes(checkedThrough).historyCheckAhead());
		assertThat(strata.migrate().currentVersion()).isEqualTo(1L);
		assertThat(checkedThrough.threads).containsExactly(Thread.currentThread().getName());
		assertThat(log.threads).isEmpty();
	}

	@Test
	void aCheckGivenOnPostgresqlEndsTheFirstRunWithoutAnyConnection() throws Exception {
		DataSource database = withNotesApplied(TestPostgres.newDatabase());
		ConnectionLog log = new ConnectionLog(database);
		Strata strata = withNotes(log, checkingOnItsOwnThread(database));
		strata.prepareInBackground(true);
		MigrateResult result = strata.migrate();
		assertThat(result.applied()).isEmpty();
		assertThat(result.currentVersion()).isEqualTo(1L);
		assertThat(strata.awaitPreparation(TIMEOUT)).isTrue();
		assertThat(log.threads).isEmpty();
	}

	private static DataSource withNotesApplied(DataSource database) {
		withNotes(database).migrate();
		return database;
	}

	@Test
	void aListedSetIsReadOnTheConnectThreadWhenTheCheckFindsSomethingToDo() throws Exception {
		List<String> readers = new CopyOnWriteArrayList<>();
		Strata strata = Strata.builder(TestH2.newDatabase()).migrationSet(() -> listedNotes(readers)).build();
		strata.prepareInBackground(true);
		assertThat(strata.awaitPreparation(TIMEOUT)).isTrue();
		assertThat(readers).as("no history yet: read ahead of the run").containsExactly("strata-connect");
		assertThat(strata.migrate().applied()).hasSize(1);
		assertThat(readers).as("once").hasSize(1);
	}

	@Test
	void aListedSetIsReadOnTheConnectThreadWhenTheCheckGivenFindsSomethingToDo() throws Exception {
		DataSource database = TestH2.newDatabase();
		List<String> readers = new CopyOnWriteArrayList<>();
		MigrationSet listed = listedNotes(readers);
		HistoryCheckAhead check = Strata.builder(database).migrationSet(() -> listed).build().historyCheckAhead();
		check.run();
		Strata strata = Strata.builder(database).migrationSet(() -> listed).historyCheckedAhead(check).build();
		strata.prepareInBackground(true);
		assertThat(strata.awaitPreparation(TIMEOUT)).isTrue();
		assertThat(readers).containsExactly("strata-connect");
		assertThat(strata.migrate().applied()).hasSize(1);
		assertThat(readers).hasSize(1);
	}

	@Test
	void aListedSetWhoseHistoryIsUpToDateIsNeverRead() throws Exception {
		DataSource database = withNotesApplied(TestH2.newDatabase());
		List<String> readers = new CopyOnWriteArrayList<>();
		Strata strata = Strata.builder(database).migrationSet(() -> listedNotes(readers)).build();
		strata.prepareInBackground(true);
		assertThat(strata.awaitPreparation(TIMEOUT)).isTrue();
		assertThat(strata.migrate().currentVersion()).isEqualTo(1L);
		assertThat(readers).isEmpty();
	}

	/**
	 * Return a set that lists the notes migration, and records the threads that read its
	 * class files.
	 */
	private static MigrationSet listedNotes(List<String> readers) {
		return MigrationSet.listed(List.of(new ListedClass(V1_CreateNotes.class.getName(), "0123456789abcdef")), () -> {
			readers.add(Thread.currentThread().getName());
			return MigrationSet.of(List.of(), List.of(notesClass()));
		});
	}

	private static Strata withNotes(DataSource database) {
		return withNotes(database, null);
	}

	private static Strata withNotes(DataSource database, @Nullable HistoryCheckAhead checkedAhead) {
		return Strata.builder(database)
			.migrationClasses(() -> List.of(notesClass()))
			.historyCheckedAhead(checkedAhead)
			.build();
	}

	/**
	 * Return a check of the notes migration's history made through a data source, under
	 * way on a thread of its own ("checker").
	 */
	private static HistoryCheckAhead checkingOnItsOwnThread(DataSource database) {
		HistoryCheckAhead check = withNotes(database).historyCheckAhead();
		new Thread(check, "checker").start();
		return check;
	}

	/**
	 * Return Strata with the notes migration, once its background preparation, connection
	 * and check included, has ended.
	 */
	private static Strata preparedWithNotes(DataSource database) throws InterruptedException {
		Strata strata = withNotes(database);
		strata.prepareInBackground(true);
		assertThat(strata.awaitPreparation(TIMEOUT)).isTrue();
		return strata;
	}

	private static MigrationClass notesClass() {
		return new MigrationClass(V1_CreateNotes.class.getName(), "0123456789abcdef", V1_CreateNotes::new);
	}

	private static List<String> tables(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection();
				var result = connection.getMetaData().getTables(null, null, "%", new String[] { "TABLE" })) {
			List<String> names = new java.util.ArrayList<>();
			while (result.next()) {
				if (!"information_schema".equalsIgnoreCase(result.getString("TABLE_SCHEM"))) {
					names.add(result.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
				}
			}
			return names;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void awaitWaitingIn(Thread thread, String className) throws InterruptedException {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (System.nanoTime() < deadline
				&& !((thread.getState() == Thread.State.WAITING || thread.getState() == Thread.State.TIMED_WAITING)
						&& Arrays.stream(thread.getStackTrace())
							.anyMatch((frame) -> frame.getClassName().endsWith(className)))) {
			Thread.sleep(5);
		}
	}

	private static void awaitBlockedInDialectDetection(Thread thread) throws InterruptedException {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (System.nanoTime() < deadline
				&& !(thread.getState() == Thread.State.BLOCKED && Arrays.stream(thread.getStackTrace())
					.anyMatch((frame) -> frame.getClassName().endsWith("DialectDetection")))) {
			Thread.sleep(5);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * An H2 data source whose connections wait until the test opens the gate, and then
	 * connect, or fail with a given message.
	 */
	private static final class GatedDataSource extends DelegatingDataSource {

		private final AtomicInteger attempts = new AtomicInteger();

		private final CountDownLatch attempted = new CountDownLatch(1);

		private final CountDownLatch gate = new CountDownLatch(1);

		private final @Nullable String refusal;

		GatedDataSource(@Nullable String refusal) {
			super(TestH2.newDatabase());
			this.refusal = refusal;
		}

		@Override
		public Connection getConnection() throws SQLException {
			this.attempts.incrementAndGet();
			this.attempted.countDown();
			await(this.gate);
			if (this.refusal != null) {
				throw new SQLException(this.refusal);
			}
			return super.getConnection();
		}

		void awaitFirstAttempt() throws InterruptedException {
			assertThat(this.attempted.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
		}

		void open() {
			this.gate.countDown();
		}

	}

	/**
	 * A data source whose second connection (the history check's, after the dialect's)
	 * waits until the test opens the gate; records the thread asking for each connection.
	 */
	private static final class GatedCheck extends DelegatingDataSource {

		private final List<String> threads = new CopyOnWriteArrayList<>();

		private final CountDownLatch gate = new CountDownLatch(1);

		GatedCheck(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			this.threads.add(Thread.currentThread().getName());
			if (this.threads.size() == 2) {
				await(this.gate);
			}
			return super.getConnection();
		}

		void awaitCheck() throws InterruptedException {
			long deadline = System.nanoTime() + TIMEOUT.toNanos();
			while (this.threads.size() < 2 && System.nanoTime() < deadline) {
				Thread.sleep(5);
			}
		}

		void open() {
			this.gate.countDown();
		}

	}

	/**
	 * A data source that records the name of the thread asking for each connection.
	 */
	private static final class ConnectionLog extends DelegatingDataSource {

		private final List<String> threads = new CopyOnWriteArrayList<>();

		ConnectionLog(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			this.threads.add(Thread.currentThread().getName());
			return super.getConnection();
		}

	}

}
