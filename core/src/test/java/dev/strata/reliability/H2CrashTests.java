package dev.strata.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import dev.strata.Strata;
import dev.strata.migration.Migration;
import dev.strata.runner.MigrateResult;
import dev.strata.runner.RunnerSettings;
import dev.strata.runner.TransactionMode;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault injection on a file-based H2 database (an in-memory one dies with its JVM): the
 * migrating JVM, which also runs the database engine, is killed with SIGKILL at a chosen
 * point; the next start opens the database, finds no lock left and applies the rest.
 * <p>
 * H2 commits every DDL statement, so what it can guarantee is narrower than PostgreSQL: a
 * migration whose commit Strata has flushed to disk survives a kill with its history row,
 * and a kill between two migrations (or before the first statement of one) leaves the
 * database exactly as it was before or after a migration, never in between. A kill after
 * some DDL statements of a migration may leave those statements applied; see
 * {@code docs/reliability.md}.
 */
class H2CrashTests {

	private static final int BASE = 2;

	@TempDir
	Path directory;

	/**
	 * Kill a run at a point.
	 * @param mode the transaction mode
	 * @param point the event to stop at
	 * @param committed the numbers of migrations of the run that may be in the database
	 * after the kill, separated by spaces: a migration committed but not yet written to
	 * disk may be lost or not, depending on H2's background writer, and either way the
	 * database must be exactly as before or after it
	 */
	@ParameterizedTest(name = "transaction={0}, killed at {1}")
	@CsvSource({ "ALL, execute:1, 0", "EACH, execute:1, 0", "EACH, flushed:1, 1", "EACH, flushed:3, 3",
			"EACH, committed:5, 4 5", "EACH, flushed:5, 5" })
	void killedRunLeavesTheFlushedMigrationsAndTheNextStartAppliesTheRest(TransactionMode mode, String point,
			String committed) throws Exception {
		String url = "jdbc:h2:file:" + this.directory.resolve("ledger").toAbsolutePath();
		migrate(dataSource(url), Workloads.ledger(BASE), mode);
		try (ChildJvm child = ChildJvm.start(List.of("url=" + url, "stop-at=" + point,
				"transaction=" + mode.name().toLowerCase(Locale.ROOT), "workload=ledger"))) {
			child.awaitLine("STOPPED " + point, Duration.ofSeconds(30));
			child.kill();
		}
		DataSource dataSource = dataSource(url);
		DatabaseState afterKill = DatabaseState.of(dataSource);
		List<DatabaseState> allowed = Arrays.stream(committed.split(" "))
			.map((count) -> reference(Workloads.ledger(BASE + Integer.parseInt(count)), mode))
			.toList();
		assertThat(allowed).contains(afterKill);
		int applied = afterKill.history().size();
		long start = System.nanoTime();
		MigrateResult next = migrate(dataSource, Workloads.ledger(), mode);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		assertThat(next.applied()).hasSize(Workloads.LEDGER_SIZE - applied);
		assertThat(DatabaseState.of(dataSource)).isEqualTo(reference(Workloads.ledger(), mode));
	}

	private DatabaseState reference(List<Migration> migrations, TransactionMode mode) {
		DataSource reference = dataSource("jdbc:h2:mem:reference_" + System.nanoTime());
		migrate(reference, Workloads.ledger(BASE), mode);
		migrate(reference, migrations, mode);
		return DatabaseState.of(reference);
	}

	private static DataSource dataSource(String url) {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL(url + (url.startsWith("jdbc:h2:mem:") ? ";DB_CLOSE_DELAY=-1" : ""));
		dataSource.setUser("sa");
		dataSource.setPassword("");
		return dataSource;
	}

	private static MigrateResult migrate(DataSource dataSource, List<Migration> migrations, TransactionMode mode) {
		return Strata.builder(dataSource)
			.migrations(migrations)
			.settings(RunnerSettings.defaults().withTransactionMode(mode).withLockTimeout(Duration.ofSeconds(5)))
			.build()
			.migrate();
	}

}
