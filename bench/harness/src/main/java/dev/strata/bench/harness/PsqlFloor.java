package dev.strata.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.strata.bench.support.BenchSources;

/**
 * PostgreSQL's own time for the statements of the apply benchmark: {@code psql} runs the
 * same 1,000 {@code create table} statements in one transaction (what Strata does by
 * default) and with one commit per statement (what Flyway and Liquibase do), on empty
 * databases. No tool can be faster than the first figure.
 * <p>
 * Its databases, like the tools' applied databases, are kept until the cluster is
 * removed. Dropping a database of 1,000 tables frees about 4,000 files, and on this
 * machine's ext4 the files created right after took 0.25-0.5 ms each, where on a new
 * database with nothing dropped before they mostly took 0.03 ms: a {@code perf} profile
 * puts the time in the kernel's inode allocator, checking inodes freed recently
 * ({@code recently_deleted}). A first deployment does not follow the removal of thousands
 * of files, so the benchmark removes none while it measures
 * ({@code bench/file-creation-floor.sh} measures both cases; docs/benchmarks.md).
 */
final class PsqlFloor {

	private final PostgresCluster postgres;

	private final int port;

	private final Path script;

	PsqlFloor(PostgresCluster postgres, int port, Path script, int count) throws IOException {
		this.postgres = postgres;
		this.port = port;
		this.script = script;
		List<String> statements = new ArrayList<>();
		for (int version = 1; version <= count; version++) {
			statements.add(BenchSources.createTableSql(BenchSources.benchTable(version)) + ";");
		}
		Files.write(script, statements);
	}

	Map<String, String> measure(String database) throws IOException, InterruptedException, SQLException {
		Map<String, String> measures = new LinkedHashMap<>();
		measures.put("oneTransactionMs", String.valueOf(time(database + "_one", true)));
		measures.put("autocommitMs", String.valueOf(time(database + "_each", false)));
		return measures;
	}

	private long time(String database, boolean oneTransaction) throws IOException, InterruptedException, SQLException {
		this.postgres.createDatabase(database);
		List<String> command = new ArrayList<>(List.of(this.postgres.psql().toString(), "-X", "-q", "-h", "127.0.0.1",
				"-p", String.valueOf(this.port), "-U", PostgresCluster.USER, "-d", database, "-v", "ON_ERROR_STOP=1",
				"-f", this.script.toString()));
		if (oneTransaction) {
			command.add("-1");
		}
		long start = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new IOException("psql failed on " + this.script);
		}
		return (System.nanoTime() - start) / 1_000_000;
	}

}
