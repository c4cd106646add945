package dev.strata.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import dev.strata.Strata;
import dev.strata.runner.RunnerSettings;
import dev.strata.testing.PostgresDatabase;
import dev.strata.testing.TestPostgresSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Application processes, each in a JVM of its own, started at once against one PostgreSQL
 * database with pending migrations.
 */
class ConcurrentProcessesTests {

	private static final int INSTANCES = 8;

	private static final Pattern RESULT = Pattern
		.compile("RESULT applied=(\\d+) current=(\\d+) start=(\\d+) end=(\\d+)");

	@Test
	void eightProcessesStartedAtOnceApplyEachMigrationOnceAndNoneFails(@TempDir Path directory) throws Exception {
		PostgresDatabase database = TestPostgresSchemas.createSchema();
		PostgresSessions sessions = new PostgresSessions(database.dataSource());
		Path go = directory.resolve("go");
		List<ChildJvm> children = new ArrayList<>();
		long goAt;
		try {
			for (int i = 0; i < INSTANCES; i++) {
				// the run that gets the lock stops before its first statement until every
				// process is connected, so that all of them are there to wait
				children.add(ChildJvm.start(arguments(database, "strata-it-" + i, "stop-at=execute:1", "go-file=" + go,
						"lock-timeout-ms=60000")));
			}
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (sessions.applications("strata-it-") < INSTANCES
					|| children.stream().noneMatch((child) -> child.line("STOPPED") != null)) {
				assertThat(System.nanoTime()).as("all processes connected").isLessThan(deadline);
				Thread.sleep(20);
			}
			goAt = System.currentTimeMillis();
			Files.createFile(go);
			for (ChildJvm child : children) {
				assertThat(child.waitFor(Duration.ofSeconds(60))).as(child.output()).isZero();
			}
		}
		finally {
			children.forEach(ChildJvm::close);
		}
		List<long[]> results = new ArrayList<>();
		for (ChildJvm child : children) {
			Matcher matcher = RESULT.matcher(child.line("RESULT"));
			assertThat(matcher.matches()).isTrue();
			results.add(new long[] { Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)),
					Long.parseLong(matcher.group(3)), Long.parseLong(matcher.group(4)) });
		}
		assertThat(results).extracting((result) -> result[0])
			.containsOnly(0L, (long) Workloads.LEDGER_SIZE)
			.filteredOn((applied) -> applied > 0)
			.hasSize(1);
		assertThat(results).extracting((result) -> result[1]).containsOnly((long) Workloads.LEDGER_SIZE);
		// the others started before the first one could go on, and ended after it
		assertThat(results).filteredOn((result) -> result[0] == 0)
			.hasSize(INSTANCES - 1)
			.allSatisfy((result) -> assertThat(result[2]).isLessThan(goAt))
			.allSatisfy((result) -> assertThat(result[3]).isGreaterThan(goAt));
		DatabaseState state = DatabaseState.of(database.dataSource());
		assertThat(state.history()).hasSize(Workloads.LEDGER_SIZE);
		assertThat(state.history().stream().map((row) -> row.split(" ")[1]).distinct()).hasSize(Workloads.LEDGER_SIZE);
		assertThat(state).isEqualTo(reference());
		assertThat(sessions.sessions("strata-it-")).isZero();
		assertThat(sessions.advisoryLocks()).isZero();
		System.out.printf("Concurrency: %d JVMs started at once, %d applied %d migrations, %d waited and found "
				+ "nothing to do%n", INSTANCES, 1, Workloads.LEDGER_SIZE, INSTANCES - 1);
	}

	@Test
	void aProcessThatWaitsPastTheLockTimeoutNamesTheProcessHoldingTheLock() throws Exception {
		PostgresDatabase database = TestPostgresSchemas.createSchema();
		PostgresSessions sessions = new PostgresSessions(database.dataSource());
		try (ChildJvm holder = ChildJvm.start(arguments(database, "strata-it-holder", "stop-at=execute:1"))) {
			holder.awaitLine("STOPPED execute:1", Duration.ofSeconds(30));
			List<Integer> pids = sessions.advisoryLockHolders();
			assertThat(pids).hasSize(1);
			long start = System.nanoTime();
			try (ChildJvm late = ChildJvm.start(arguments(database, "strata-it-late", "lock-timeout-ms=1000"))) {
				assertThat(late.waitFor(Duration.ofSeconds(30))).isEqualTo(1);
				assertThat(late.line("FAILURE"))
					.startsWith("FAILURE LockTimeoutException: Could not take the "
							+ "migration lock for [strata_schema_history] within 1000 ms: another migration run holds "
							+ "it: session pid " + pids.get(0) + " (application_name [strata-it-holder], user [")
					.contains("connected since ")
					.endsWith("Wait for that run to finish, end its session if it hangs "
							+ "(select pg_terminate_backend(pid)), or raise migrations.lock-timeout");
			}
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
			holder.kill();
		}
		sessions.awaitGone("strata-it-", Duration.ofSeconds(5));
		assertThat(sessions.advisoryLocks()).isZero();
		assertThat(DatabaseState.of(database.dataSource()).catalog()).isEmpty();
		assertThat(migrate(database.dataSource()).applied()).hasSize(Workloads.LEDGER_SIZE);
	}

	static List<String> arguments(PostgresDatabase database, String name, String... more) {
		List<String> arguments = new ArrayList<>(List.of("url=" + database.jdbcUrl(), "user=" + database.user(),
				"password=" + database.password(), "name=" + name));
		arguments.addAll(List.of(more));
		return arguments;
	}

	private static DatabaseState reference() {
		DataSource reference = TestPostgresSchemas.newSchema();
		migrate(reference);
		return DatabaseState.of(reference);
	}

	private static dev.strata.runner.MigrateResult migrate(DataSource dataSource) {
		return Strata.builder(dataSource)
			.migrations(Workloads.ledger())
			.settings(RunnerSettings.defaults().withLockTimeout(Duration.ofSeconds(2)))
			.build()
			.migrate();
	}

}
