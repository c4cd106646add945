package dev.strata.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The machine and software a benchmark ran on.
 *
 * @param cpus the processors the JVM sees ({@code nproc})
 * @param cpuModel the processor model
 * @param memory the total memory
 * @param os the operating system
 * @param jdk the JDK the apps run on
 * @param postgres the PostgreSQL server version and its durability settings
 * @param network how the apps reach PostgreSQL
 * @param classes where the apps' classes and migrations are read from
 * @param runs the number of rounds
 * @param date the day of the run
 */
record Machine(int cpus, String cpuModel, String memory, String os, String jdk, String postgres, String network,
		String classes, int runs, LocalDate date) {

	static Machine describe(PostgresCluster postgres, int runs, double roundTripMs, boolean fromJar)
			throws SQLException {
		String settings = "fsync=" + postgres.setting("fsync") + ", synchronous_commit="
				+ postgres.setting("synchronous_commit") + ", full_page_writes=" + postgres.setting("full_page_writes")
				+ ", shared_buffers=" + postgres.setting("shared_buffers") + ", data on " + postgres.dataFileSystem();
		return new Machine(Runtime.getRuntime().availableProcessors(), field("/proc/cpuinfo", "model name"),
				totalMemory(), osName(),
				System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
				postgres.version().replaceAll(" on .*", "") + " (" + settings + ")",
				(roundTripMs > 0) ? String.format(Locale.ROOT,
						"loopback through a proxy that adds %s ms to every round trip", roundTripMs) : "loopback",
				fromJar ? "each app's packaged jar, as a deployed application" : "each app's target/classes directory",
				runs, LocalDate.now());
	}

	/**
	 * Return the load average over the last minute.
	 * @return the load average, as text
	 */
	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException | RuntimeException ex) {
			return "0";
		}
	}

	private static String totalMemory() {
		String kb = field("/proc/meminfo", "MemTotal").replace("kB", "").trim();
		try {
			return String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(kb) / 1024.0 / 1024.0);
		}
		catch (NumberFormatException ex) {
			return "unknown";
		}
	}

	private static String osName() {
		String name = field("/etc/os-release", "PRETTY_NAME").replace("\"", "").replaceFirst("^=", "");
		return name + ", kernel " + System.getProperty("os.version");
	}

	private static String field(String file, String name) {
		try {
			List<String> lines = Files.readAllLines(Path.of(file));
			for (String line : lines) {
				if (line.startsWith(name)) {
					String value = line.substring(name.length()).trim();
					return value.startsWith(":") || value.startsWith("=") ? value.substring(1).trim() : value;
				}
			}
		}
		catch (IOException ex) {
			// not Linux
		}
		return "unknown";
	}

	@Override
	public String toString() {
		return this.cpus + " CPUs (" + this.cpuModel + "), " + this.memory + ", " + this.os + ", " + this.jdk + ", "
				+ this.postgres + ", network: " + this.network + ", classes and migrations from " + this.classes + ", "
				+ this.runs + " rounds, " + this.date;
	}

}
