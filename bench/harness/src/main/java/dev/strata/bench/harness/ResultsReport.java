package dev.strata.bench.harness;

import java.util.List;
import java.util.Locale;

import dev.strata.bench.support.BenchSources;

/**
 * The results as Markdown tables: each tool's extra startup (median with the tool on
 * minus median with it off, in fresh JVMs), the Strata/peer ratios, the raw medians, peak
 * memory, the health and offline figures, and the targets of issue 6.
 */
final class ResultsReport {

	private static final List<Tool> PEERS = List.of(Tool.FLYWAY, Tool.LIQUIBASE);

	private final Samples samples;

	private final List<Integer> sizes;

	private final Machine machine;

	ResultsReport(Samples samples, List<Integer> sizes, Machine machine) {
		this.samples = samples;
		this.sizes = sizes;
		this.machine = machine;
	}

	List<Integer> sizes() {
		return this.sizes;
	}

	/**
	 * Return a tool's extra startup: the median time in {@code SpringApplication.run}
	 * with the tool enabled minus the median with it disabled.
	 * @param tool the tool
	 * @param scenario {@code startup-50}, {@code apply-1000}, ...
	 * @return the extra milliseconds
	 */
	double extra(Tool tool, String scenario) {
		return extra(tool, scenario, "runMs");
	}

	private double extra(Tool tool, String scenario, String field) {
		return this.samples.median(tool + "/" + scenario, field) - this.samples.median(tool + "/baseline", field);
	}

	String markdown() {
		StringBuilder md = new StringBuilder();
		md.append("Machine: ").append(this.machine).append(".\n\n");
		md.append("Load average (1 min) during the rounds: median ")
			.append(String.format(Locale.ROOT, "%.1f", this.samples.median("load", "loadAverage")))
			.append(", from ")
			.append(String.format(Locale.ROOT, "%.1f", this.samples.min("load", "loadAverage")))
			.append(" to ")
			.append(String.format(Locale.ROOT, "%.1f", this.samples.max("load", "loadAverage")))
			.append(" (other processes on the machine share its CPUs).\n\n");
		md.append("### Extra startup when nothing is pending (ms, median of ")
			.append(this.samples.count(Tool.STRATA + "/startup-" + this.sizes.get(0)))
			.append(" fresh JVMs; enabled minus disabled)\n\n");
		md.append("| applied migrations | Strata | Flyway | Liquibase | Strata/Flyway | Strata/Liquibase |\n");
		md.append("|---:|---:|---:|---:|---:|---:|\n");
		for (int size : this.sizes) {
			row(md, String.format(Locale.ROOT, "%,d", size), "startup-" + size, "runMs");
		}
		md.append("\nThe same, in CPU time of the whole process (ms; every thread: the tool's own, the JIT ")
			.append("compilers, the collector; less disturbed by other processes than the elapsed time above, ")
			.append("and unlike the main thread's CPU it counts work a tool does on threads of its own):\n\n");
		md.append("| applied migrations | Strata | Flyway | Liquibase | Strata/Flyway | Strata/Liquibase |\n");
		md.append("|---:|---:|---:|---:|---:|---:|\n");
		for (int size : this.sizes) {
			row(md, String.format(Locale.ROOT, "%,d", size), "startup-" + size, "runProcessCpuMs");
		}
		pairedStartup(md);
		firstConnection(md);
		if (this.samples.has(Tool.STRATA + "/apply-1000")) {
			md.append("\n### Applying 1,000 migrations to an empty database (extra startup, ms)\n\n");
			md.append("| | Strata | Flyway | Liquibase | Strata/Flyway | Strata/Liquibase |\n");
			md.append("|---:|---:|---:|---:|---:|---:|\n");
			row(md, "1,000 from empty", "apply-1000", "runMs");
			row(md, "1,000 from empty, CPU of the main thread", "apply-1000", "runCpuMs");
			row(md, "1,000 from empty, CPU of the whole process", "apply-1000", "runProcessCpuMs");
			md.append("\nPostgreSQL's floor, psql running the same 1,000 `create table` statements: ")
				.append(ms(this.samples.median("psql/apply-1000", "oneTransactionMs")))
				.append(" ms in one transaction, ")
				.append(ms(this.samples.median("psql/apply-1000", "autocommitMs")))
				.append(" ms with a commit after each.\n");
		}
		rawMedians(md);
		memory(md);
		health(md);
		offline(md);
		targets(md);
		return md.toString();
	}

	private void row(StringBuilder md, String label, String scenario, String field) {
		double strata = extra(Tool.STRATA, scenario, field);
		md.append("| ").append(label);
		for (Tool tool : Tool.values()) {
			md.append(" | ").append(ms(extra(tool, scenario, field)));
		}
		for (Tool peer : PEERS) {
			md.append(" | ").append(ratio(strata, extra(peer, scenario, field)));
		}
		md.append(" |\n");
	}

	/**
	 * Return a tool's extra startup taken in pairs: the median, over the rounds, of the
	 * time of each enabled run minus that of the disabled run started just before it.
	 * @param tool the tool
	 * @param size the number of applied migrations
	 * @param field the field
	 * @return the extra milliseconds
	 */
	double pairedExtra(Tool tool, int size, String field) {
		return this.samples.medianOfPairedDifferences(tool + "/startup-" + size,
				tool + "/baseline-before-startup-" + size, field);
	}

	private void pairedStartup(StringBuilder md) {
		if (Double.isNaN(pairedExtra(Tool.STRATA, this.sizes.get(0), "runMs"))) {
			return;
		}
		md.append("\nBoth taken in pairs (ms: the median, over the rounds, of each enabled run minus the ")
			.append("disabled run of the same tool started just before it; when the machine gets busier or ")
			.append("quieter during the rounds, this moves less than the difference of two medians):\n\n");
		md.append("| applied migrations | Strata | Flyway | Liquibase | Strata/Flyway | Strata/Liquibase | ")
			.append("CPU, whole process: Strata / Flyway / Liquibase |\n");
		md.append("|---:|---:|---:|---:|---:|---:|---:|\n");
		for (int size : this.sizes) {
			double strata = pairedExtra(Tool.STRATA, size, "runMs");
			md.append("| ").append(String.format(Locale.ROOT, "%,d", size));
			for (Tool tool : Tool.values()) {
				md.append(" | ").append(ms(pairedExtra(tool, size, "runMs")));
			}
			for (Tool peer : PEERS) {
				md.append(" | ").append(ratio(strata, pairedExtra(peer, size, "runMs")));
			}
			md.append(" | ");
			for (Tool tool : Tool.values()) {
				md.append((tool.ordinal() > 0) ? " / " : "").append(ms(pairedExtra(tool, size, "runProcessCpuMs")));
			}
			md.append(" |\n");
		}
	}

	/**
	 * The first connection, which every tool pays in these apps: the Strata app with
	 * Strata disabled opening one connection and running {@code select 1} when ready,
	 * against the disabled app (the disabled run just before it, when the run paired
	 * them), and Strata's extra startup above it.
	 */
	private void firstConnection(StringBuilder md) {
		if (!this.samples.has("connect-only")) {
			return;
		}
		boolean paired = this.samples.has("connect-only-baseline");
		double elapsed = firstConnection("runMs", paired);
		md.append("\nPart of every tool's extra startup is the first connection, which the app makes only when ")
			.append("the tool runs (starting the connection pool, loading the JDBC driver, logging in): the same ")
			.append("app opening one connection and running `select 1` when ready, with no tool, takes ")
			.append(ms(elapsed))
			.append(" ms more than ")
			.append(paired ? "the disabled run just before it (median of the pairs; " : "with none (")
			.append(ms(firstConnection("runCpuMs", paired)))
			.append(" ms of CPU on the main thread, ")
			.append(ms(firstConnection("runProcessCpuMs", paired)))
			.append(" ms in the whole process). Strata's extra startup above that first connection")
			.append(paired ? ", both in pairs: " : ": ");
		for (int i = 0; i < this.sizes.size(); i++) {
			int size = this.sizes.get(i);
			double strata = paired ? pairedExtra(Tool.STRATA, size, "runMs") : extra(Tool.STRATA, "startup-" + size);
			md.append((i > 0) ? ", " : "")
				.append(ms(strata - elapsed))
				.append(" ms at ")
				.append(String.format(Locale.ROOT, "%,d", size));
		}
		md.append(" applied migrations.\n");
	}

	private double firstConnection(String field, boolean paired) {
		return paired ? this.samples.medianOfPairedDifferences("connect-only", "connect-only-baseline", field)
				: this.samples.median("connect-only", field) - this.samples.median(Tool.STRATA + "/baseline", field);
	}

	private void rawMedians(StringBuilder md) {
		md.append("\n### Time inside `SpringApplication.run` (ms, medians)\n\n");
		md.append("| run | Strata | Flyway | Liquibase |\n|---|---:|---:|---:|\n");
		for (String scenario : scenarios()) {
			md.append("| ").append(describe(scenario));
			for (Tool tool : Tool.values()) {
				md.append(" | ").append(ms(this.samples.median(tool + "/" + scenario, "runMs")));
			}
			md.append(" |\n");
		}
	}

	private void memory(StringBuilder md) {
		md.append("\n### Peak memory of each run (MiB, medians: peak resident set `VmHWM` / peak heap used)\n\n");
		md.append("| run | Strata | Flyway | Liquibase |\n|---|---:|---:|---:|\n");
		for (String scenario : scenarios()) {
			md.append("| ").append(describe(scenario));
			for (Tool tool : Tool.values()) {
				String series = tool + "/" + scenario;
				md.append(" | ")
					.append(mib(this.samples.median(series, "hwmKb")))
					.append(" / ")
					.append(mib(this.samples.median(series, "heapPeakKb")));
			}
			md.append(" |\n");
		}
	}

	private void health(StringBuilder md) {
		if (!this.samples.has("health")) {
			return;
		}
		md.append("\n### Health check, ")
			.append(BenchSources.HEALTH_TABLES)
			.append(" tables and entities (Strata, ms, medians)\n\n");
		md.append("| first check in a fresh JVM (not cached) | warm JVM, not cached | cached | status |\n");
		md.append("|---:|---:|---:|---|\n");
		md.append("| ")
			.append(ms(this.samples.median("health", "freshMs")))
			.append(" | ")
			.append(ms(this.samples.median("health", "warmMs")))
			.append(" | ")
			.append(String.format(Locale.ROOT, "%.3f", this.samples.median("health", "cachedMs")))
			.append(" | ")
			.append(this.samples.first("health", "status"))
			.append(" (")
			.append(this.samples.first("health", "differences"))
			.append(" differences) |\n");
		md.append("\nPeak memory of the health app: ")
			.append(mib(this.samples.median("health", "hwmKb")))
			.append(" MiB resident, ")
			.append(mib(this.samples.median("health", "heapPeakKb")))
			.append(" MiB heap (JPA with 500 entities).\n");
	}

	private void offline(StringBuilder md) {
		if (!this.samples.has("offline")) {
			return;
		}
		md.append("\n### Offline generate and validate, ")
			.append(BenchSources.OFFLINE_ENTITIES)
			.append(" entities and ")
			.append(String.format(Locale.ROOT, "%,d", BenchSources.OFFLINE_MIGRATIONS))
			.append(" migrations, no database (Strata, ms, medians of fresh JVMs)\n\n");
		md.append("| load classes | Hibernate metadata | read entities | generate | validate | generate again | "
				+ "total | Strata's part of generate |\n");
		md.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n|");
		for (String field : List.of("loadMs", "hibernateMs", "entitiesMs", "generateMs", "validateMs",
				"generateAgainMs", "totalMs")) {
			md.append(' ').append(ms(this.samples.median("offline", field))).append(" |");
		}
		md.append(' ').append(ms(offlineGenerate())).append(" |\n");
		md.append("\nGenerated: `")
			.append(this.samples.first("offline", "generated"))
			.append("`; validation found ")
			.append(this.samples.first("offline", "problems"))
			.append(" problems (the ")
			.append(BenchSources.OFFLINE_NEW_COLUMNS)
			.append(" new columns). Peak memory: ")
			.append(mib(this.samples.median("offline", "hwmKb")))
			.append(" MiB resident.\n");
	}

	/**
	 * Strata's part of an offline generate: loading the migrations, reading the entity
	 * metadata and generating (Hibernate's own metadata build excluded).
	 */
	double offlineGenerate() {
		return this.samples.median("offline", "loadMs") + this.samples.median("offline", "entitiesMs")
				+ this.samples.median("offline", "generateMs");
	}

	private void targets(StringBuilder md) {
		md.append("\n### Targets (issue 6)\n\n| figure | target | Strata | met |\n|---|---:|---:|---|\n");
		target(md, "extra startup, 1,000 applied, nothing pending", 100, extra(Tool.STRATA, "startup-1000"));
		target(md, "extra startup, 1,000 applied, nothing pending, in pairs", 100,
				pairedExtra(Tool.STRATA, 1_000, "runMs"));
		target(md, "extra startup, 10,000 applied, nothing pending", 300, extra(Tool.STRATA, "startup-10000"));
		target(md, "extra startup, 10,000 applied, nothing pending, in pairs", 300,
				pairedExtra(Tool.STRATA, 10_000, "runMs"));
		target(md, "apply 1,000 from empty", 1_500, extra(Tool.STRATA, "apply-1000"));
		target(md, "offline generate, 200 entities + 1,000 migrations", 1_000, offlineGenerate());
		target(md, "health probe, 500 tables, cached", 50, this.samples.median("health", "cachedMs"));
		target(md, "health probe, 500 tables, fresh", 500, this.samples.median("health", "freshMs"));
	}

	private static void target(StringBuilder md, String figure, double target, double measured) {
		if (Double.isNaN(measured)) {
			return;
		}
		md.append("| ")
			.append(figure)
			.append(" | ≤ ")
			.append(ms(target))
			.append(" | ")
			.append(ms(measured))
			.append(" | ")
			.append((measured <= target) ? "yes" : "**no**")
			.append(" |\n");
	}

	private List<String> scenarios() {
		List<String> scenarios = new java.util.ArrayList<>(List.of("baseline"));
		this.sizes.forEach((size) -> scenarios.add("startup-" + size));
		if (this.samples.has(Tool.STRATA + "/apply-1000")) {
			scenarios.add("apply-1000");
		}
		return scenarios;
	}

	private static String describe(String scenario) {
		if (scenario.equals("baseline")) {
			return "tool disabled (baseline)";
		}
		if (scenario.equals("apply-1000")) {
			return "apply 1,000 to an empty database";
		}
		return String.format(Locale.ROOT, "%,d applied, nothing pending",
				Integer.parseInt(scenario.substring("startup-".length())));
	}

	static String ms(double value) {
		if (Double.isNaN(value)) {
			return "–";
		}
		if (Math.abs(value) < 1) {
			return String.format(Locale.ROOT, "%.3f", value);
		}
		return (Math.abs(value) < 10) ? String.format(Locale.ROOT, "%.1f", value)
				: String.format(Locale.ROOT, "%,.0f", value);
	}

	private static String mib(double kb) {
		return Double.isNaN(kb) ? "–" : String.format(Locale.ROOT, "%.0f", kb / 1024);
	}

	private static String ratio(double strata, double peer) {
		if (Double.isNaN(strata) || Double.isNaN(peer) || peer <= 0) {
			return "–";
		}
		return String.format(Locale.ROOT, "%.2f", strata / peer);
	}

}
