package dev.strata.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import javax.sql.DataSource;

import dev.strata.Strata;
import dev.strata.migration.Migration;
import dev.strata.runner.MigrateResult;
import dev.strata.runner.RunnerSettings;
import dev.strata.runner.TransactionMode;
import dev.strata.testing.PostgresDatabase;
import dev.strata.testing.TestPostgresSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault injection: a migrating JVM is killed with SIGKILL at a chosen point of its run;
 * then no session and no lock of it is left, the database is exactly as it was before the
 * migration that was running (earlier migrations of a {@code transaction=each} run stay),
 * and the next start applies the rest at once.
 * <p>
 * The run applies versions 3 to 8 of the ledger to a database at version 2. The points
 * are events of {@link CrashPointDataSource}, so each kill lands at the same place every
 * time. Set {@code -Dstrata.crash.rounds=N} to repeat the whole set N times.
 */
class PostgresCrashTests {

	private static final int BASE = 2;

	private static final Duration NEXT_START_LIMIT = Duration.ofSeconds(5);

	private static final Map<String, DatabaseState> references = new ConcurrentHashMap<>();

	static Stream<Arguments> points() {
		List<Arguments> points = new ArrayList<>();
		int rounds = Integer.getInteger("strata.crash.rounds", 1);
		for (int round = 0; round < rounds; round++) {
			// one transaction: whatever the point, nothing of the run stays
			points.add(Arguments.of(TransactionMode.ALL, "execute:1", 0));
			points.add(Arguments.of(TransactionMode.ALL, "execute:5", 0));
			points.add(Arguments.of(TransactionMode.ALL, "history-insert:1", 0));
			points.add(Arguments.of(TransactionMode.ALL, "commit:1", 0));
			// one transaction per migration: the migrations committed before the point
			// stay
			points.add(Arguments.of(TransactionMode.EACH, "execute:1", 0));
			points.add(Arguments.of(TransactionMode.EACH, "execute:4", -1));
			points.add(Arguments.of(TransactionMode.EACH, "committed:1", 1));
			points.add(Arguments.of(TransactionMode.EACH, "history-insert:3", 2));
			points.add(Arguments.of(TransactionMode.EACH, "commit:4", 3));
			points.add(Arguments.of(TransactionMode.EACH, "committed:5", 5));
		}
		return points.stream();
	}

	/**
	 * Kill a run at a point.
	 * @param mode the transaction mode
	 * @param point the event to stop at
	 * @param committed how many migrations of the run are committed at that point, -1 to
	 * count the commits the process reported
	 */
	@ParameterizedTest(name = "transaction={0}, killed at {1}")
	@MethodSource("points")
	void killedRunLeavesTheDatabaseAsBeforeTheMigrationItWasRunning(TransactionMode mode, String point, int committed)
			throws Exception {
		PostgresDatabase database = TestPostgresSchemas.createSchema();
		migrate(database.dataSource(), Workloads.ledger(BASE), mode);
		String name = "strata-crash-" + point.replace(':', '-');
		int committedHere;
		try (ChildJvm child = ChildJvm.start(ConcurrentProcessesTests.arguments(database, name, "stop-at=" + point,
				"transaction=" + mode.name().toLowerCase(java.util.Locale.ROOT), "workload=ledger"))) {
			child.awaitLine("STOPPED " + point, Duration.ofSeconds(30));
			committedHere = child.lines("EVENT committed:").size();
			child.kill();
		}
		if (committed >= 0) {
			assertThat(committedHere).isEqualTo(committed);
		}
		assertNothingLeftAndRecovers(database, name, BASE + committedHere, "ledger", mode);
	}

	@Test
	void killedDuringALongStatementLeavesNoSessionRunningItAndTheFixedMigrationRunsAtOnce() throws Exception {
		PostgresDatabase database = TestPostgresSchemas.createSchema();
		migrate(database.dataSource(), Workloads.ledger(), TransactionMode.ALL);
		String name = "strata-crash-long";
		try (ChildJvm child = ChildJvm
			.start(ConcurrentProcessesTests.arguments(database, name, "workload=ledger-long", "transaction=all"))) {
			child.awaitLine("EVENT execute:", Duration.ofSeconds(30));
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (child.lines("EVENT execute:").stream().noneMatch((line) -> line.contains("pg_sleep"))) {
				assertThat(System.nanoTime()).isLessThan(deadline);
				Thread.sleep(10);
			}
			// the statement is now running on the server, inside the migration's
			// transaction
			Thread.sleep(300);
			child.kill();
		}
		assertNothingLeftAndRecovers(database, name, Workloads.LEDGER_SIZE, "ledger-fixed", TransactionMode.ALL);
	}

	private void assertNothingLeftAndRecovers(PostgresDatabase database, String name, int version, String workload,
			TransactionMode mode) throws InterruptedException {
		PostgresSessions sessions = new PostgresSessions(database.dataSource());
		Duration gone = sessions.awaitGone(name, Duration.ofSeconds(5));
		assertThat(gone).isLessThan(Duration.ofSeconds(3));
		assertThat(sessions.advisoryLocks()).isZero();
		assertThat(DatabaseState.of(database.dataSource())).isEqualTo(reference(Workloads.ledger(version), mode));
		long start = System.nanoTime();
		List<Migration> all = Workloads.named(workload);
		MigrateResult next = migrate(database.dataSource(), all, mode);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(NEXT_START_LIMIT);
		assertThat(next.applied()).hasSize(all.size() - version);
		assertThat(DatabaseState.of(database.dataSource())).isEqualTo(reference(all, mode));
	}

	/**
	 * Return the state a database reaches with the first migrations applied by an
	 * uninterrupted run, computed once per list of migrations and mode.
	 */
	private static DatabaseState reference(List<Migration> migrations, TransactionMode mode) {
		String key = mode + " " + migrations.stream().map((migration) -> migration.getClass().getName()).toList();
		return references.computeIfAbsent(key, (ignored) -> {
			DataSource reference = TestPostgresSchemas.newSchema();
			migrate(reference, Workloads.ledger(BASE), mode);
			migrate(reference, migrations, mode);
			return DatabaseState.of(reference);
		});
	}

	private static MigrateResult migrate(DataSource dataSource, List<Migration> migrations, TransactionMode mode) {
		return Strata.builder(dataSource)
			.migrations(migrations)
			.settings(RunnerSettings.defaults().withTransactionMode(mode).withLockTimeout(NEXT_START_LIMIT))
			.build()
			.migrate();
	}

}
