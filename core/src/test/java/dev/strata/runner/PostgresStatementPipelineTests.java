package dev.strata.runner;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.migration.MigrationName;
import dev.strata.model.SchemaSnapshot;
import dev.strata.operation.DropTable;
import dev.strata.operation.RawSql;
import dev.strata.testing.PostgresDatabase;
import dev.strata.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Batches of statements on a real PostgreSQL: which statement a failed batch reports, and
 * what the transaction holds afterwards.
 */
class PostgresStatementPipelineTests {

	private PostgresDatabase database;

	private Connection connection;

	private Statement statement;

	private final List<String> told = new ArrayList<>();

	@BeforeEach
	void connect() throws SQLException {
		this.database = TestPostgres.createDatabase();
		this.connection = this.database.dataSource().getConnection();
		this.connection.setAutoCommit(false);
		this.statement = this.connection.createStatement();
	}

	@AfterEach
	void close() throws SQLException {
		this.connection.rollback();
		this.connection.close();
	}

	@Test
	void aFailedBatchReportsTheStatementThatFailsAndItsOwnError() throws Exception {
		StatementPipeline pipeline = pipeline(3);
		pipeline.execute(step("create table a (id int)"));
		pipeline.execute(step("create table b (id int)"));
		pipeline.execute(step("create table c (id int)"));
		pipeline.execute(step("create table d (id int)"));
		pipeline.execute(step("create table b (id int)"));
		assertThatExceptionOfType(StatementPipeline.Failure.class)
			.isThrownBy(() -> pipeline.execute(step("create table e (id int)")))
			.satisfies((failure) -> {
				assertThat(failure.step().sql()).isEqualTo("create table b (id int)");
				assertThat(failure.step().position()).isEqualTo(4);
				assertThat(failure.reason()).isInstanceOf(SQLException.class)
					.hasMessage("ERROR: relation \"b\" already exists");
			});
		assertThat(this.told).containsExactly("create table a (id int)", "create table b (id int)",
				"create table c (id int)", "create table d (id int)");
	}

	@Test
	void aBatchThatFailsOnlyAsABatchIsExecutedAgainOneStatementAtATimeAndTheTransactionGoesOn() throws Exception {
		// A query in a batch fails ("a result was returned when none was expected") but
		// succeeds on its own: after the replay, the transaction holds everything.
		StatementPipeline pipeline = pipeline(3);
		pipeline.execute(step("create table a (id int)"));
		pipeline.executeAlone(step("insert into a values (1)"));
		pipeline.execute(step("create table b (id int)"));
		pipeline.execute(step("select count(*) from a"));
		pipeline.execute(step("create table c (id int)"));
		pipeline.execute(step("create table d (id int)"));
		pipeline.flush();
		assertThat(this.told).containsExactly("create table a (id int)", "insert into a values (1)",
				"create table b (id int)", "select count(*) from a", "create table c (id int)",
				"create table d (id int)");
		try (ResultSet rows = this.statement.executeQuery(
				"select (select count(*) from a), count(*) from pg_tables where tablename in ('a', 'b', 'c', 'd')")) {
			rows.next();
			assertThat(rows.getInt(1)).isEqualTo(1);
			assertThat(rows.getInt(2)).isEqualTo(4);
		}
	}

	@Test
	void oneStatementAtATimeSendsNoBatch() throws Exception {
		StatementPipeline pipeline = pipeline(1);
		pipeline.execute(step("create table a (id int)"));
		assertThat(this.told).containsExactly("create table a (id int)");
		assertThatExceptionOfType(StatementPipeline.Failure.class)
			.isThrownBy(() -> pipeline.execute(step("select * from missing")))
			.satisfies((failure) -> assertThat(failure.reason())
				.hasMessageStartingWith("ERROR: relation \"missing\" does not exist"));
	}

	@Test
	void aBatchThatCannotBeRolledBackToReplayItReportsTheBatchAndTheDatabaseError() throws Exception {
		Connection failingRollback = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, arguments) -> {
					if (method.getName().equals("rollback") && arguments == null) {
						throw new SQLException("the connection was lost");
					}
					return method.invoke(this.connection, arguments);
				});
		StatementPipeline pipeline = new StatementPipeline(failingRollback, this.statement, 3,
				(step, nanos) -> this.told.add(step.sql()));
		this.statement.execute("create table b (id int)");
		pipeline.execute(step("create table a (id int)"));
		pipeline.execute(step("create table c (id int)"));
		assertThatExceptionOfType(StatementPipeline.Failure.class)
			.isThrownBy(() -> pipeline.execute(step("create table b (id int)")))
			.satisfies((failure) -> {
				assertThat(failure.step()).isNull();
				assertThat(failure.batch()).extracting(StatementPipeline.Step::sql)
					.containsExactly("create table a (id int)", "create table c (id int)", "create table b (id int)");
				assertThat(failure.notReplayed())
					.isEqualTo("rolling back to replay it failed: the connection was lost");
				assertThat(failure.reason()).hasMessage("ERROR: relation \"b\" already exists");
			});
	}

	@Test
	void aBatchInterruptedByALockTimeoutIsNotReplayed() throws Exception {
		whileAnotherSessionLocksTableHeld(() -> {
			StatementPipeline pipeline = pipeline(2);
			pipeline.execute(step("create table a (id int)"));
			assertThatExceptionOfType(StatementPipeline.Failure.class)
				.isThrownBy(() -> pipeline.execute(step("alter table held add column name text")))
				.satisfies((failure) -> {
					assertThat(failure.step()).isNull();
					assertThat(failure.notReplayed()).isEqualTo("the failure interrupts the run");
					assertThat(failure.reason()).isInstanceOf(SQLException.class).hasMessageContaining("lock timeout");
					assertThat(((SQLException) failure.reason()).getSQLState()).isEqualTo("55P03");
				});
			assertThat(this.told).isEmpty();
		});
	}

	@Test
	void aRunWhoseBatchIsInterruptedSaysSoWithoutBlamingAMigration() throws Exception {
		whileAnotherSessionLocksTableHeld(() -> {
			Dialect dialect = Dialects.forProductName("PostgreSQL");
			RunTransaction transaction = new RunTransaction(dialect,
					new HistoryTable(dialect, HistoryTable.DEFAULT_NAME), RunDirection.MIGRATE, "tests", (cause) -> "",
					this.connection, this.statement, 1, 0, null, 2);
			// Not raw SQL: these go into a batch.
			StatementPipeline.Step first = ddlStep("create table a (id int)");
			StatementPipeline.Step second = ddlStep("alter table held add column name text");
			transaction.run(first.migration(), List.of(first.operation()), null);
			assertThatExceptionOfType(MigrationException.class)
				.isThrownBy(() -> transaction.run(second.migration(), List.of(second.operation()), null))
				.withMessage("Migrations [V00000001_Step] to [V00000002_Step] failed: one of the 2 statements "
						+ "sent to the database in one batch failed (the batch was not replayed one statement at "
						+ "a time to tell which: the failure interrupts the run): ERROR: canceling statement due "
						+ "to lock timeout. The database and the history table are as they were before this run.")
				.satisfies((failure) -> {
					assertThat(failure.getMigration()).isNull();
					assertThat(failure.getVersion()).isNull();
				});
		});
	}

	/**
	 * Run a test while another session holds an exclusive lock on table {@code held} and
	 * this session waits at most 200 ms for a lock.
	 */
	private void whileAnotherSessionLocksTableHeld(LockedTest test) throws Exception {
		this.statement.execute("create table held (id int)");
		this.connection.commit();
		try (Connection other = this.database.dataSource().getConnection()) {
			other.setAutoCommit(false);
			try (Statement holder = other.createStatement()) {
				holder.execute("lock table held in access exclusive mode");
				this.statement.execute("set lock_timeout = '200ms'");
				test.run();
			}
			other.rollback();
		}
	}

	@FunctionalInterface
	private interface LockedTest {

		void run() throws Exception;

	}

	private StatementPipeline pipeline(int batchSize) {
		return new StatementPipeline(this.connection, this.statement, batchSize,
				(step, nanos) -> this.told.add(step.sql()));
	}

	private int steps;

	private StatementPipeline.Step step(String sql) {
		MigrationName name = MigrationName.of(this.steps + 1, "step");
		ResolvedMigration migration = new ResolvedMigration(name, "dev.strata.runner." + name.className(),
				(schema) -> schema.sql(sql), List.of(new RawSql(sql)), "checksum");
		RenderedOperation operation = new RenderedOperation(new RawSql(sql), SchemaSnapshot.empty(), List.of(sql));
		return new StatementPipeline.Step(this.steps++, migration, operation, 0);
	}

	private StatementPipeline.Step ddlStep(String sql) {
		StatementPipeline.Step step = step(sql);
		RenderedOperation operation = new RenderedOperation(new DropTable("any", false), SchemaSnapshot.empty(),
				List.of(sql));
		return new StatementPipeline.Step(step.position(), step.migration(), operation, 0);
	}

}
