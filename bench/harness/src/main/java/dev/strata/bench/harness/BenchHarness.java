package dev.strata.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.strata.bench.support.BenchSources;

/**
 * Runs the benchmark: starts PostgreSQL, prepares one database per tool and migration
 * count with every migration applied, then, for each round, runs every app in a fresh JVM
 * in an order that rotates between rounds: each tool switched off (the baseline) and on
 * with nothing pending, each tool applying 1,000 migrations to an empty database (and
 * {@code psql} running the same statements, PostgreSQL's own floor), the health check and
 * the offline generate and validate. Writes medians, ratios and a plot.
 * <p>
 * Arguments (all optional): {@code --runs=9}, {@code --sizes=50,1000,10000},
 * {@code --skip=apply,health,offline}, {@code --out=bench/target/results},
 * {@code --bench=bench}, {@code --pg-bin=/usr/lib/postgresql/15/bin},
 * {@code --durable=false}, {@code --pg-dir=/tmp} (where PostgreSQL keeps its data),
 * {@code --rtt-ms=0} (a round-trip time to add between the apps and PostgreSQL, through a
 * {@link DelayingProxy}), {@code --from-jar=true} (whether the apps run from their
 * packaged jars, reading their migrations from a jar as a deployed application does; with
 * {@code false}, from {@code target/classes}, as in an IDE or {@code spring-boot:run}).
 */
public final class BenchHarness {

	private final Map<String, String> options;

	private final Samples samples = new Samples();

	private int clientPort;

	private BenchHarness(Map<String, String> options) {
		this.options = options;
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			if (!arg.startsWith("--") || !arg.contains("=")) {
				throw new IllegalArgumentException("Arguments are --name=value, not [" + arg + "]");
			}
			options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
		}
		new BenchHarness(options).run();
	}

	private void run() throws Exception {
		int runs = Integer.parseInt(option("runs", "9"));
		List<Integer> sizes = Arrays.stream(option("sizes", "50,1000,10000").split(","))
			.map(String::trim)
			.map(Integer::valueOf)
			.toList();
		List<String> skip = List.of(option("skip", "").split(","));
		Path bench = Path.of(option("bench", "bench")).toAbsolutePath();
		Path out = Files.createDirectories(Path.of(option("out", bench.resolve("target/results").toString())));
		boolean fromJar = Boolean.parseBoolean(option("from-jar", "true"));
		AppLauncher launcher = new AppLauncher(bench, out.resolve("logs"), fromJar);
		boolean durable = Boolean.parseBoolean(option("durable", "false"));
		double roundTripMs = Double.parseDouble(option("rtt-ms", "0"));
		Path pgDir = Path.of(option("pg-dir", System.getProperty("java.io.tmpdir")));
		try (PostgresCluster postgres = PostgresCluster.start(Path.of(option("pg-bin", "/usr/lib/postgresql/15/bin")),
				pgDir, durable);
				DelayingProxy proxy = (roundTripMs > 0) ? DelayingProxy.start(postgres.port(), roundTripMs) : null) {
			this.clientPort = (proxy != null) ? proxy.port() : postgres.port();
			Machine machine = Machine.describe(postgres, runs, roundTripMs, fromJar);
			log("%s", machine);
			prepare(postgres, launcher, sizes, !skip.contains("health"));
			PsqlFloor psql = new PsqlFloor(postgres, this.clientPort, out.resolve("psql-1000-creates.sql"), 1_000);
			List<Tool> tools = new ArrayList<>(List.of(Tool.values()));
			for (int round = 1; round <= runs; round++) {
				long start = System.nanoTime();
				Collections.rotate(tools, 1);
				for (int size : sizes) {
					for (Tool tool : tools) {
						Map<String, String> baseline = launcher.run(tool.module(), tool.mainClass(), tool + "-baseline",
								args(postgres, tool.database("n" + size), tool.disabled()));
						record(tool + "/baseline", baseline);
						// The same run again, as the one just before the enabled run it
						// pairs with.
						record(tool + "/baseline-before-startup-" + size, baseline);
						record(tool + "/startup-" + size,
								launcher.run(tool.module(), tool.mainClass(), tool + "-startup-" + size,
										args(postgres, tool.database("n" + size), tool.enabled(size))));
					}
				}
				// The first connection, paired with a disabled run just before it.
				record("connect-only-baseline",
						launcher.run(Tool.STRATA.module(), Tool.STRATA.mainClass(), Tool.STRATA + "-baseline",
								args(postgres, Tool.STRATA.database("n" + sizes.get(0)), Tool.STRATA.disabled())));
				record("connect-only",
						launcher.run(Tool.STRATA.module(), Tool.STRATA.mainClass(), "connect-only",
								args(postgres, Tool.STRATA.database("n" + sizes.get(0)),
										List.of("--migrations.enabled=false", "--bench.connect-only=true"))));
				if (!skip.contains("apply")) {
					// The applied databases are kept until the cluster goes (see
					// PsqlFloor): dropping one frees about 4,000 files, and creating
					// files soon after that costs more on some file systems.
					for (Tool tool : tools) {
						String database = tool.database("apply_" + round);
						postgres.createDatabase(database);
						record(tool + "/apply-1000", launcher.run(tool.module(), tool.mainClass(), tool + "-apply-1000",
								args(postgres, database, tool.enabled(1_000))));
					}
					record("psql/apply-1000", psql.measure("psql_" + round));
				}
				if (!skip.contains("health")) {
					record("health", launcher.run("model-app", "dev.strata.bench.health.HealthBenchApplication",
							"health", args(postgres, "health", List.of())));
				}
				if (!skip.contains("offline")) {
					record("offline",
							launcher.run("model-app", "dev.strata.bench.offline.OfflineBench", "offline", List.of()));
				}
				String load = Machine.loadAverage();
				record("load", Map.of("loadAverage", load));
				log("round %d of %d done in %d s (load average %s)", round, runs,
						(System.nanoTime() - start) / 1_000_000_000, load);
			}
			this.samples.writeCsv(out.resolve("samples.csv"));
			ResultsReport report = new ResultsReport(this.samples, sizes, machine);
			Files.writeString(out.resolve("results.md"), report.markdown());
			Files.writeString(out.resolve("startup-overhead.svg"), new StartupPlot(report).svg());
			log("Results in %s (results.md, startup-overhead.svg, samples.csv, logs/)", out);
			System.out.println();
			System.out.println(report.markdown());
		}
	}

	/**
	 * Create one database per tool and size with every migration applied (in parallel:
	 * these runs are not measured), and the health database.
	 */
	private void prepare(PostgresCluster postgres, AppLauncher launcher, List<Integer> sizes, boolean health)
			throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(Tool.values().length);
		try {
			for (int size : sizes) {
				long start = System.nanoTime();
				List<Future<Map<String, String>>> runs = new ArrayList<>();
				for (Tool tool : Tool.values()) {
					String database = tool.database("n" + size);
					postgres.createDatabase(database);
					List<String> settings = new ArrayList<>(tool.enabled(size));
					if (tool == Tool.STRATA && size > 4_000) {
						// PostgreSQL's default lock table holds about 4,300 new tables
						// per
						// transaction; Strata says so and advises this setting.
						settings.add("--migrations.transaction=each");
					}
					runs.add(executor.submit(() -> launcher.run(tool.module(), tool.mainClass(),
							tool + "-prepare-" + size, args(postgres, database, settings))));
				}
				for (Future<Map<String, String>> run : runs) {
					run.get(30, TimeUnit.MINUTES);
				}
				log("prepared %,d applied migrations for each tool in %d s", size,
						(System.nanoTime() - start) / 1_000_000_000);
			}
			if (health) {
				postgres.createDatabase("health");
				launcher.run("model-app", "dev.strata.bench.health.HealthBenchApplication", "health-prepare",
						args(postgres, "health", List.of()));
				log("prepared the health database (%d tables)", BenchSources.HEALTH_TABLES);
			}
		}
		finally {
			executor.shutdownNow();
		}
	}

	/**
	 * Return the arguments of an app: the database to connect to (through the proxy when
	 * there is one), and the settings.
	 */
	private List<String> args(PostgresCluster postgres, String database, List<String> settings) {
		List<String> args = new ArrayList<>();
		args.add("--spring.datasource.url=" + postgres.jdbcUrl(database, this.clientPort));
		args.add("--spring.datasource.username=" + PostgresCluster.USER);
		args.add("--spring.datasource.password=");
		args.addAll(settings);
		return args;
	}

	private void record(String series, Map<String, String> measures) {
		this.samples.add(series, measures);
	}

	private String option(String name, String fallback) {
		return this.options.getOrDefault(name, fallback);
	}

	static void log(String format, Object... args) {
		System.out.printf(Locale.ROOT, "[bench] " + format + "%n", args);
	}

}
