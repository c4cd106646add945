package dev.strata.runner;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import dev.strata.dialect.LockTimeoutException;
import dev.strata.dialect.MigrationLock;
import dev.strata.dialect.postgresql.PostgresAdvisoryLock;
import dev.strata.migration.Migration;
import dev.strata.migration.Schema;
import dev.strata.runner.BlogMigrations.V1_CreateUsers;
import dev.strata.runner.BlogMigrations.V2_CreatePosts;
import dev.strata.runner.BlogMigrations.V3_SeedUsers;
import dev.strata.runner.BlogMigrations.V5_LongName;
import dev.strata.testing.PostgresDatabase;
import dev.strata.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PostgresMigrationRunnerTests extends AbstractMigrationRunnerTests {

	private PostgresDatabase database;

	@Override
	protected long nextValue(String sequence) throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement();
				java.sql.ResultSet result = statement.executeQuery("select nextval('" + sequence + "')")) {
			result.next();
			return result.getLong(1);
		}
	}

	@Override
	protected DataSource newDatabase() {
		this.database = TestPostgres.createDatabase();
		return this.database.dataSource();
	}

	@Test
	void twoRunnersStartedAtOnceApplyEachMigrationOnceAndBothSucceed() throws Exception {
		List<Migration> migrations = new ArrayList<>(List.of(new V1_CreateUsers(), new V2_CreatePosts()));
		migrations.addAll(GeneratedMigrations.create(10, 50));
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService executor = Executors.newFixedThreadPool(2);
		try {
			List<Future<MigrateResult>> results = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				DataSource own = this.database.dataSource();
				Callable<MigrateResult> run = () -> {
					start.await();
					return new MigrationRunner(own, migrations, RunnerSettings.defaults()).migrate();
				};
				results.add(executor.submit(run));
			}
			MigrateResult first = results.get(0).get();
			MigrateResult second = results.get(1).get();
			assertThat(first.applied().size() + second.applied().size()).isEqualTo(52);
			assertThat(List.of(first.applied().size(), second.applied().size())).containsExactlyInAnyOrder(0, 52);
			assertThat(first.currentVersion()).isEqualTo(59L);
			assertThat(second.currentVersion()).isEqualTo(59L);
		}
		finally {
			executor.shutdownNow();
		}
		List<String> history = SchemaDump.history(this.dataSource);
		assertThat(history).hasSize(52);
		assertThat(history.stream().map((line) -> line.replaceAll(".* version=(\\d+) .*", "$1")).distinct())
			.hasSize(52);
	}

	@Test
	void migratesAndRollsBackWithAPoolOfOneConnection() {
		DataSource onlyOne = new OneConnectionDataSource(this.dataSource).dataSource();
		List<Migration> migrations = List.of(new V1_CreateUsers(), new V2_CreatePosts());
		assertThat(new MigrationRunner(onlyOne, migrations, RunnerSettings.defaults()).migrate().applied()).hasSize(2);
		assertThat(new MigrationRunner(onlyOne, migrations, RunnerSettings.defaults()).migrate().applied()).isEmpty();
		RollbackResult rolledBack = new MigrationRollback(onlyOne, null, migrations, RunnerSettings.defaults())
			.rollback(RollbackTarget.steps(1));
		assertThat(rolledBack.currentVersion()).isEqualTo(1L);
		assertThat(SchemaDump.history(this.dataSource)).hasSize(3);
		assertThat(new MigrationRunner(onlyOne, migrations, RunnerSettings.defaults()).migrate().applied()).hasSize(1);
	}

	@Test
	void identitySequencesFollowTableAndColumnRenames() throws SQLException {
		migrate(new V1_CreateUsers(), new V8_RenameUsers());
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement();
				java.sql.ResultSet result = statement
					.executeQuery("select pg_get_serial_sequence('members', 'member_id')")) {
			result.next();
			assertThat(result.getString(1)).isEqualTo("public.members_member_id_seq");
		}
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("insert into members (email) values ('ada@example.com')");
		}
	}

	static final class V8_RenameUsers implements Migration {

		@Override
		public void up(dev.strata.migration.Schema schema) {
			schema.rename("users", "members");
			schema.table("members", (table) -> table.renameColumn("id", "member_id"));
		}

	}

	@Test
	void lockTimeoutNamesTheSessionHoldingTheLock() throws SQLException {
		try (Connection holder = this.dataSource.getConnection()) {
			try (Statement statement = holder.createStatement()) {
				statement.execute("set application_name = 'billing-service-7'");
			}
			MigrationLock.Held held = new PostgresAdvisoryLock().acquire(holder, HistoryTable.DEFAULT_NAME,
					Duration.ofSeconds(1));
			int pid = pid(holder);
			long start = System.nanoTime();
			assertThatExceptionOfType(LockTimeoutException.class)
				.isThrownBy(() -> migrate(this.dataSource,
						RunnerSettings.defaults().withLockTimeout(Duration.ofMillis(300)), new V1_CreateUsers()))
				.withMessageContaining("within 300 ms")
				.withMessageContaining("session pid " + pid)
				.withMessageContaining("application_name [billing-service-7]")
				.withMessageContaining("migrations.lock-timeout");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
			held.close();
		}
		assertThat(migrate(new V1_CreateUsers()).applied()).hasSize(1);
	}

	@Test
	void lockSessionIsNamedWhileItHoldsTheLock() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			MigrationLock.Held held = new PostgresAdvisoryLock().acquire(connection, "some_table", Duration.ZERO);
			assertThat(applicationName(connection)).isEqualTo(PostgresAdvisoryLock.APPLICATION_NAME);
			held.close();
			assertThat(applicationName(connection)).isEqualTo("PostgreSQL JDBC Driver");
		}
	}

	@Test
	void lockIsReleasedWhenItsSessionEnds() throws SQLException {
		Connection holder = this.dataSource.getConnection();
		new PostgresAdvisoryLock().acquire(holder, HistoryTable.DEFAULT_NAME, Duration.ZERO);
		holder.close();
		assertThat(migrate(this.dataSource, RunnerSettings.defaults().withLockTimeout(Duration.ofSeconds(2)),
				new V1_CreateUsers())
			.applied()).hasSize(1);
	}

	@Test
	void nameTooLongForPostgresqlStopsTheRunBeforeTheDatabaseIsTouched() {
		migrate(new V1_CreateUsers());
		List<String> before = SchemaDump.of(this.dataSource);
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> migrate(new V1_CreateUsers(), new V5_LongName()))
			.withMessageContaining("Migration [V5_LongName] names column "
					+ "[a_column_name_that_is_much_too_long_for_postgresql_which_stops_at_63] (table [users], column "
					+ "[a_column_name_that_is_much_too_long_for_postgresql_which_stops_at_63]) with 68 characters, "
					+ "but PostgreSQL accepts at most 63")
			.withMessageEndingWith("Nothing was run.");
		assertThat(SchemaDump.of(this.dataSource)).isEqualTo(before);
	}

	@Test
	void onAnEmptyDatabaseAMigrationThatCannotBeRecordedOrPlannedAfterManyOthersLeavesNothingBehind() {
		// On an empty database the run applies migrations while it plans the later ones;
		// one that turns out wrong rolls everything back, as if it had been found first.
		Map<Migration, String> mistakes = Map.of(new V999_ZeroLength(),
				"Migration [V999_ZeroLength] (table [users], column [nickname]): Column [nickname] of table [users]: "
						+ "length must be positive, was 0",
				new V999_IndexOnMissingColumn(),
				"Migration [V999_IndexOnMissingColumn] (table [posts], column [published_at]): The index on "
						+ "[published_at] of table [posts] names column [published_at], which does not exist. "
						+ "Nothing was run.");
		List<String> before = SchemaDump.of(this.dataSource);
		mistakes.forEach((mistake, message) -> {
			List<Migration> migrations = new ArrayList<>(List.of(new V1_CreateUsers(), new V2_CreatePosts()));
			migrations.addAll(GeneratedMigrations.create(10, 100));
			migrations.add(mistake);
			assertThatExceptionOfType(MigrationException.class)
				.isThrownBy(() -> migrate(migrations.toArray(Migration[]::new)))
				.withMessage(message);
			assertThat(SchemaDump.of(this.dataSource)).isEqualTo(before);
		});
		assertThat(migrate(new V1_CreateUsers(), new V2_CreatePosts()).applied()).hasSize(2);
	}

	@Test
	@Timeout(60)
	void onAnEmptyDatabaseAnyFailureWhilePlanningAheadEndsTheRunPromptlyAndLeavesNothingBehind() {
		List<String> before = SchemaDump.of(this.dataSource);
		List<Migration> migrations = new ArrayList<>(List.of(new V1_CreateUsers(), new V2_CreatePosts()));
		migrations.addAll(GeneratedMigrations.create(10, 100));
		List<Migration> withCheckedException = new ArrayList<>(migrations);
		withCheckedException.add(new V999_ThrowsCheckedException());
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> migrate(withCheckedException.toArray(Migration[]::new)))
			.withMessage("Migration [V999_ThrowsCheckedException] failed in up() while recording its operations: "
					+ "java.io.IOException: schema.sql not found; up() must only describe the change with the "
					+ "schema builder");
		assertThat(SchemaDump.of(this.dataSource)).isEqualTo(before);
		List<Migration> withError = new ArrayList<>(migrations);
		withError.add(new V999_ThrowsError());
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> migrate(withError.toArray(Migration[]::new)))
			.withMessage("not expected here");
		assertThat(SchemaDump.of(this.dataSource)).isEqualTo(before);
	}

	@Test
	void onAnEmptyDatabaseAStatementThatFailsInsideABatchIsTheOneNamedAndNothingStays() {
		// A first run sends statements in batches of 100; this one fails in the middle
		// of the second batch, with statements of other migrations before and after it.
		List<String> before = SchemaDump.of(this.dataSource);
		List<Migration> migrations = new ArrayList<>(List.of(new V1_CreateUsers(), new V2_CreatePosts()));
		migrations.addAll(GeneratedMigrations.create(10, 150));
		migrations.add(new V999_ForeignKeyTypeMismatch());
		migrations.addAll(GeneratedMigrations.create(1000, 30));
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> migrate(migrations.toArray(Migration[]::new)))
			.withMessage("Migration [V999_ForeignKeyTypeMismatch] failed on statement [alter table posts add "
					+ "constraint posts_reviewer_id_fkey foreign key (reviewer_id) references users (id)] (table "
					+ "[posts], column [reviewer_id]): ERROR: foreign key constraint \"posts_reviewer_id_fkey\" "
					+ "cannot be implemented\n  Detail: Key columns \"reviewer_id\" and \"id\" are of incompatible "
					+ "types: date and integer. The database and the history table are as they were before this run.")
			.satisfies((failure) -> assertThat(failure.getStatement()).startsWith("alter table posts add constraint"));
		assertThat(SchemaDump.of(this.dataSource)).isEqualTo(before);
		migrations.remove(152);
		MigrateResult result = migrate(migrations.toArray(Migration[]::new));
		assertThat(result.applied()).hasSize(182);
		assertThat(SchemaDump.history(this.dataSource)).hasSize(182);
	}

	@Test
	void onAnEmptyDatabaseAMigrationThatCannotBeCreatedAfterManyOthersLeavesNothingBehind() {
		// Migrations are created on the run's thread before the first is applied: on the
		// planning thread, one needing a bean could wait forever for Spring's singleton
		// lock, which the thread starting the application holds.
		List<String> before = SchemaDump.of(this.dataSource);
		String className = "com.example.db.V999_NeedsMissingBean";
		MigrationClass uncreatable = new MigrationClass(className, null, () -> {
			throw new MigrationException("Migration class [" + className + "] cannot be instantiated: no bean of "
					+ "type [Clock]. Give it a public constructor whose parameters are beans, or make it a bean "
					+ "itself.");
		});
		List<Migration> good = new ArrayList<>(List.of(new V1_CreateUsers(), new V2_CreatePosts()));
		good.addAll(GeneratedMigrations.create(10, 150));
		MigrationSet migrations = MigrationSet.of(good, List.of(uncreatable));
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(
					() -> new MigrationRunner(this.dataSource, null, migrations, RunnerSettings.defaults()).migrate())
			.withMessage("Migration class [com.example.db.V999_NeedsMissingBean] cannot be instantiated: no bean of "
					+ "type [Clock]. Give it a public constructor whose parameters are beans, or make it a bean "
					+ "itself.");
		assertThat(SchemaDump.of(this.dataSource)).isEqualTo(before);
		assertThat(migrate(good.toArray(Migration[]::new)).applied()).hasSize(152);
	}

	@Test
	void onAnEmptyDatabaseAFailedStatementWaitingInABatchIsReportedBeforeALaterMigrationThatCannotBePlanned() {
		List<String> before = SchemaDump.of(this.dataSource);
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> migrate(new V1_CreateUsers(), new V2_CreatePosts(), new V999_ForeignKeyTypeMismatch(),
					new V1000_DropsMissingTable()))
			.withMessageStartingWith("Migration [V999_ForeignKeyTypeMismatch] failed on statement [alter table posts "
					+ "add constraint posts_reviewer_id_fkey")
			.withMessageEndingWith("The database and the history table are as they were before this run.");
		assertThat(SchemaDump.of(this.dataSource)).isEqualTo(before);
	}

	@Test
	void onAnEmptyDatabaseRawSqlIsNeverRunTwiceToFindAFailedStatement() throws SQLException {
		// A sequence outside the schema that migrations manage: nextval is not rolled
		// back.
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create schema counters");
			statement.execute("create sequence counters.calls");
		}
		List<Migration> migrations = new ArrayList<>(List.of(new V1_CreateUsers(), new V2_CreatePosts()));
		migrations.add(new V3_CallsASequence());
		migrations.addAll(GeneratedMigrations.create(10, 150));
		migrations.add(new V999_ForeignKeyTypeMismatch());
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> migrate(migrations.toArray(Migration[]::new)))
			.withMessageStartingWith("Migration [V999_ForeignKeyTypeMismatch] failed on statement [alter table posts "
					+ "add constraint posts_reviewer_id_fkey");
		assertThat(nextValue("counters.calls")).isEqualTo(2);
	}

	@Test
	void onAnEmptyDatabaseRowsAreInstalledInRankOrderEvenWhenAMigrationHasNoStatements() throws SQLException {
		migrate(new V1_CreateUsers(), new V2_CreatePosts(), new V999_NoStatements());
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement();
				java.sql.ResultSet rows = statement.executeQuery(
						"select installed_on from " + HistoryTable.DEFAULT_NAME + " order by installed_rank")) {
			List<java.time.Instant> installedOn = new ArrayList<>();
			while (rows.next()) {
				installedOn.add(rows.getTimestamp(1).toInstant());
			}
			assertThat(installedOn).hasSize(3).isSorted();
		}
	}

	@Test
	void onAnEmptyDatabaseRawSqlThatReturnsRowsRunsOnItsOwnBetweenBatches() throws SQLException {
		List<Migration> migrations = new ArrayList<>(List.of(new V1_CreateUsers(), new V3_SeedUsers()));
		migrations.addAll(GeneratedMigrations.create(10, 150));
		migrations.add(new V999_SelectsRows());
		migrations.addAll(GeneratedMigrations.create(1000, 30));
		MigrateResult result = migrate(migrations.toArray(Migration[]::new));
		assertThat(result.applied()).hasSize(183);
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement();
				java.sql.ResultSet rows = statement.executeQuery("select count(*), min(installed_on), "
						+ "bool_and(execution_ms >= 0) from " + HistoryTable.DEFAULT_NAME)) {
			rows.next();
			assertThat(rows.getInt(1)).isEqualTo(183);
			assertThat(rows.getTimestamp(2)).isNotNull();
			assertThat(rows.getBoolean(3)).isTrue();
		}
		assertThat(SchemaDump.of(this.dataSource)).anyMatch((line) -> line.contains("t00001029"));
	}

	@Test
	void anInterruptedThreadStillAppliesToAnEmptyDatabaseAndStaysInterrupted() {
		Thread.currentThread().interrupt();
		try {
			assertThat(migrate(new V1_CreateUsers(), new V2_CreatePosts()).applied()).hasSize(2);
			assertThat(Thread.currentThread().isInterrupted()).isTrue();
		}
		finally {
			Thread.interrupted();
		}
	}

	static final class V999_ThrowsCheckedException implements Migration {

		@Override
		public void up(Schema schema) {
			throwUnchecked(new IOException("schema.sql not found"));
		}

		@SuppressWarnings("unchecked")
		private static <E extends Throwable> void throwUnchecked(Throwable failure) throws E {
			throw (E) failure;
		}

	}

	static final class V999_ThrowsError implements Migration {

		@Override
		public void up(Schema schema) {
			throw new AssertionError("not expected here");
		}

	}

	static final class V999_ForeignKeyTypeMismatch implements Migration {

		@Override
		public void up(Schema schema) {
			schema.table("posts", (table) -> {
				table.date("reviewer_id").nullable();
				table.foreign("reviewer_id").references("id").on("users");
			});
		}

	}

	static final class V1000_DropsMissingTable implements Migration {

		@Override
		public void up(Schema schema) {
			schema.drop("no_such_table");
		}

	}

	static final class V3_CallsASequence implements Migration {

		@Override
		public void up(Schema schema) {
			schema.sql("select nextval('counters.calls')");
		}

	}

	static final class V999_NoStatements implements Migration {

		@Override
		public void up(Schema schema) {
		}

	}

	static final class V999_SelectsRows implements Migration {

		@Override
		public void up(Schema schema) {
			schema.sql("select count(*) from users");
		}

	}

	static final class V999_ZeroLength implements Migration {

		@Override
		public void up(Schema schema) {
			schema.table("users", (table) -> table.string("nickname", 0));
		}

	}

	static final class V999_IndexOnMissingColumn implements Migration {

		@Override
		public void up(Schema schema) {
			schema.table("posts", (table) -> table.index("published_at"));
		}

	}

	@Test
	void appliesAThousandMigrations() {
		List<Migration> migrations = GeneratedMigrations.create(1, 1000);
		migrate(newDatabase(), RunnerSettings.defaults(), new V1_CreateUsers(), new V3_SeedUsers());
		DataSource target = newDatabase();
		long start = System.nanoTime();
		MigrateResult result = new MigrationRunner(target, migrations, RunnerSettings.defaults()).migrate();
		long millis = (System.nanoTime() - start) / 1_000_000;
		long again = System.nanoTime();
		MigrateResult second = new MigrationRunner(target, migrations, RunnerSettings.defaults()).migrate();
		long againMillis = (System.nanoTime() - again) / 1_000_000;
		System.out.printf("PostgreSQL: applied 1,000 migrations in %d ms (runner's own measure %d ms); "
				+ "second run with all 1,000 applied: %d ms%n", millis, result.totalMs(), againMillis);
		assertThat(result.applied()).hasSize(1000);
		assertThat(second.isUpToDate()).isTrue();
		assertThat(SchemaDump.history(target)).hasSize(1000);
	}

	private static int pid(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				var result = statement.executeQuery("select pg_backend_pid()")) {
			result.next();
			return result.getInt(1);
		}
	}

	private static String applicationName(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				var result = statement.executeQuery("select current_setting('application_name')")) {
			result.next();
			return result.getString(1);
		}
	}

}
