package dev.strata.bench.harness;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Runs a benchmark app in a fresh JVM, from its module's {@code target/classes} (or its
 * packaged jar) and {@code target/lib}, with the same JVM and options for every tool, and
 * returns what its {@code BENCH} line reports. The app's output goes to a log file per
 * run.
 */
final class AppLauncher {

	private static final long TIMEOUT_MINUTES = 20;

	private final Path benchDirectory;

	private final Path logs;

	private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

	private final AtomicInteger sequence = new AtomicInteger();

	private final boolean fromJar;

	AppLauncher(Path benchDirectory, Path logs, boolean fromJar) throws IOException {
		this.benchDirectory = benchDirectory;
		this.logs = Files.createDirectories(logs);
		this.fromJar = fromJar;
	}

	/**
	 * Run an app.
	 * @param module the module directory under {@code bench/}
	 * @param mainClass the main class
	 * @param label a name for the log file
	 * @param args the program arguments
	 * @return the measurements
	 * @throws IOException if the app fails or prints no measurements
	 * @throws InterruptedException if interrupted
	 */
	Map<String, String> run(String module, String mainClass, String label, List<String> args)
			throws IOException, InterruptedException {
		Path moduleDirectory = this.benchDirectory.resolve(module).resolve("target");
		String classPath = (this.fromJar ? packagedJar(moduleDirectory) : moduleDirectory.resolve("classes"))
				+ File.pathSeparator + moduleDirectory.resolve("lib").resolve("*");
		List<String> command = new ArrayList<>(List.of(this.java, "-cp", classPath, mainClass));
		command.addAll(args);
		Path log = this.logs.resolve(String.format(Locale.ROOT, "%04d-%s.log", this.sequence.incrementAndGet(), label));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IOException("[" + label + "] did not finish in " + TIMEOUT_MINUTES + " minutes; see " + log);
		}
		List<String> lines = Files.readAllLines(log);
		if (process.exitValue() != 0) {
			throw new IOException("[" + label + "] exited with " + process.exitValue() + "; see " + log + "\n"
					+ String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
		}
		for (int i = lines.size() - 1; i >= 0; i--) {
			if (lines.get(i).startsWith("BENCH ")) {
				return parse(lines.get(i));
			}
		}
		throw new IOException("[" + label + "] printed no BENCH line; see " + log);
	}

	private static Path packagedJar(Path moduleDirectory) throws IOException {
		try (Stream<Path> files = Files.list(moduleDirectory)) {
			List<Path> jars = files.filter((file) -> file.getFileName().toString().endsWith(".jar")).toList();
			if (jars.size() != 1) {
				throw new IOException("Expected one packaged jar in " + moduleDirectory + ", found " + jars);
			}
			return jars.get(0);
		}
	}

	private static Map<String, String> parse(String line) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String pair : line.substring("BENCH ".length()).split(" ")) {
			int equals = pair.indexOf('=');
			values.put(pair.substring(0, equals), pair.substring(equals + 1));
		}
		return values;
	}

}
