package dev.strata.runner;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import dev.strata.dialect.LockTimeoutException;
import dev.strata.dialect.MigrationLock;
import dev.strata.dialect.h2.H2Dialect;
import dev.strata.migration.Migration;
import dev.strata.runner.BlogMigrations.V1_CreateUsers;
import dev.strata.runner.BlogMigrations.V2_CreatePosts;
import dev.strata.runner.BlogMigrations.V3_SeedUsers;
import dev.strata.runner.BlogMigrations.V4_CreateTags;
import dev.strata.runner.BlogMigrations.V5_AddNickname;
import dev.strata.runner.BlogMigrations.V5_RawThenFail;
import dev.strata.testing.TestH2;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class H2MigrationRunnerTests extends AbstractMigrationRunnerTests {

	@Override
	protected long nextValue(String sequence) throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement();
				java.sql.ResultSet result = statement.executeQuery("select next value for " + sequence)) {
			result.next();
			return result.getLong(1);
		}
	}

	@Override
	protected DataSource newDatabase() {
		return TestH2.newDatabase();
	}

	@Test
	void aDatabaseUserWithoutANameIsRecordedAsTheOperatingSystemUser() throws SQLException {
		org.h2.jdbcx.JdbcDataSource anonymous = new org.h2.jdbcx.JdbcDataSource();
		anonymous.setURL("jdbc:h2:mem:anonymous-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
		anonymous.setUser("");
		migrate(anonymous, RunnerSettings.defaults(), new V1_CreateUsers());
		try (Connection connection = anonymous.getConnection();
				Statement statement = connection.createStatement();
				java.sql.ResultSet result = statement.executeQuery("select installed_by from strata_schema_history")) {
			result.next();
			assertThat(result.getString(1)).isEqualTo(System.getProperty("user.name")).isNotBlank();
		}
	}

	@Test
	void undoesTheStatementsThatRanBecauseH2CannotRollBackDdl() {
		migrate(new V1_CreateUsers(), new V2_CreatePosts(), new V3_SeedUsers(), new V4_CreateTags());
		List<String> before = SchemaDump.of(this.dataSource);
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> migrate(new V1_CreateUsers(), new V2_CreatePosts(), new V3_SeedUsers(),
					new V4_CreateTags(), new V5_AddNickname()))
			.withMessageContaining("H2 cannot roll back DDL, so Strata undid the 4 statement(s) that had run.")
			.withMessageContaining("The database and the history table are as they were before this run.")
			.withMessageContaining("the values of column [tag_id] of table [posts] could not be restored");
		assertThat(SchemaDump.of(this.dataSource)).isEqualTo(before);
	}

	@Test
	void recordsAFailureItCannotUndoAndRefusesToContinueUntilResolved() throws SQLException {
		migrate(new V1_CreateUsers(), new V2_CreatePosts(), new V3_SeedUsers());
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(
					() -> migrate(new V1_CreateUsers(), new V2_CreatePosts(), new V3_SeedUsers(), new V5_RawThenFail()))
			.withMessageContaining("Migration [V5_RawThenFail] failed on statement [alter table users add column "
					+ "nickname varchar(255) not null] (table [users], column [nickname])")
			.withMessageContaining("Strata could not undo everything (H2 cannot roll back DDL): raw SQL cannot be "
					+ "undone automatically. Still applied: [V5_RawThenFail] create table audit (id integer).")
			.withMessageContaining("recorded in the history table [strata_schema_history] (installed_rank 4)")
			.withMessageContaining("delete from strata_schema_history where installed_rank = 4");
		MigrationStatusReport report = status(new V1_CreateUsers(), new V2_CreatePosts(), new V3_SeedUsers(),
				new V5_RawThenFail());
		MigrationStatus failed = report.migrations().get(3);
		assertThat(failed.state()).isEqualTo(MigrationState.FAILED);
		assertThat(failed.errorMessage()).contains("Still applied: [V5_RawThenFail] create table audit (id integer)");
		assertThat(report.currentVersion()).isEqualTo(3L);

		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(
					() -> migrate(new V1_CreateUsers(), new V2_CreatePosts(), new V3_SeedUsers(), new V4_CreateTags()))
			.withMessageContaining("Migration [V5_RawThenFail] failed on")
			.withMessageContaining("delete from strata_schema_history where installed_rank = 4")
			.withMessageEndingWith("Nothing was run.");
		assertThat(SchemaDump.of(this.dataSource)).noneMatch((line) -> line.startsWith("column tags"));

		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("drop table audit");
			statement.execute("delete from strata_schema_history where installed_rank = 4");
		}
		assertThat(
				migrate(new V1_CreateUsers(), new V2_CreatePosts(), new V3_SeedUsers(), new V4_CreateTags()).applied())
			.extracting(AppliedMigration::version)
			.containsExactly(4L);
	}

	@Test
	void lockTimeoutSaysHowToRaiseIt() throws SQLException {
		migrate(new V1_CreateUsers());
		try (Connection holder = this.dataSource.getConnection()) {
			MigrationLock.Held held = new H2Dialect().migrationLock()
				.acquire(holder, HistoryTable.DEFAULT_NAME, Duration.ofSeconds(1));
			long start = System.nanoTime();
			assertThatExceptionOfType(LockTimeoutException.class)
				.isThrownBy(() -> migrate(this.dataSource,
						RunnerSettings.defaults().withLockTimeout(Duration.ofMillis(200)), new V1_CreateUsers(),
						new V2_CreatePosts()))
				.withMessageContaining("[strata_schema_history_lock]")
				.withMessageContaining("within 200 ms")
				.withMessageContaining("migrations.lock-timeout");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
			held.close();
		}
		assertThat(migrate(new V1_CreateUsers(), new V2_CreatePosts()).applied()).hasSize(1);
	}

	@Test
	void lockRestoresTheSessionLockTimeout() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			long before = lockTimeout(connection);
			MigrationLock.Held held = new H2Dialect().migrationLock()
				.acquire(connection, "some_table", Duration.ofMillis(1234));
			assertThat(lockTimeout(connection)).isEqualTo(1234);
			held.close();
			assertThat(lockTimeout(connection)).isEqualTo(before);
			assertThat(connection.getAutoCommit()).isTrue();
		}
	}

	@Test
	void twoRunnersStartedAtOnceApplyEachMigrationOnceAndBothSucceed() throws Exception {
		List<Migration> migrations = new ArrayList<>(List.of(new V1_CreateUsers(), new V2_CreatePosts()));
		migrations.addAll(GeneratedMigrations.create(10, 30));
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService executor = Executors.newFixedThreadPool(2);
		try {
			List<Future<MigrateResult>> results = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				Callable<MigrateResult> run = () -> {
					start.await();
					return new MigrationRunner(this.dataSource, migrations, RunnerSettings.defaults()).migrate();
				};
				results.add(executor.submit(run));
			}
			assertThat(List.of(results.get(0).get().applied().size(), results.get(1).get().applied().size()))
				.containsExactlyInAnyOrder(0, 32);
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(SchemaDump.history(this.dataSource)).hasSize(32);
	}

	private static long lockTimeout(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				var result = statement.executeQuery("select lock_timeout()")) {
			result.next();
			return result.getLong(1);
		}
	}

}
