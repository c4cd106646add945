package dev.strata.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds or starts the PostgreSQL server for this JVM's tests, trying in order: a server
 * named by {@value #URL_VARIABLE}, a Testcontainers container when Docker is available,
 * the local server binaries.
 */
final class PostgresServerLauncher {

	static final String URL_VARIABLE = "STRATA_TEST_POSTGRES_URL";

	static final String USER_VARIABLE = "STRATA_TEST_POSTGRES_USER";

	static final String PASSWORD_VARIABLE = "STRATA_TEST_POSTGRES_PASSWORD";

	private static final Logger logger = LoggerFactory.getLogger(PostgresServerLauncher.class);

	private static final Path DEBIAN_INSTALLATIONS = Path.of("/usr/lib/postgresql");

	private final Map<String, String> environment;

	PostgresServerLauncher(Map<String, String> environment) {
		this.environment = environment;
	}

	/**
	 * Find or start a server.
	 * @return the server, or what was tried and why each failed
	 */
	Launch launch() {
		List<String> attempts = new ArrayList<>();
		String url = this.environment.get(URL_VARIABLE);
		if (url != null && !url.isBlank()) {
			return new Launch(
					new ExternalPostgresServer(url.strip(), this.environment.getOrDefault(USER_VARIABLE, "postgres"),
							this.environment.getOrDefault(PASSWORD_VARIABLE, "")),
					attempts);
		}
		attempts.add(URL_VARIABLE + " is not set");
		if (!onClassPath("org.testcontainers.DockerClientFactory")) {
			attempts.add("Testcontainers is not on the class path (org.testcontainers:testcontainers-postgresql)");
		}
		else if (!ContainerPostgresServer.dockerAvailable()) {
			attempts.add("no Docker engine is available for Testcontainers");
		}
		else {
			try {
				return new Launch(timed(ContainerPostgresServer::start), attempts);
			}
			catch (IOException | RuntimeException ex) {
				attempts.add("starting a Testcontainers container failed: " + ex);
			}
		}
		Optional<Path> binaries = findServerBinaries();
		if (binaries.isEmpty()) {
			attempts.add("no PostgreSQL server binaries (initdb, pg_ctl) in " + DEBIAN_INSTALLATIONS
					+ "/*/bin or in the directory that 'pg_config --bindir' names");
			return new Launch(null, attempts);
		}
		try {
			return new Launch(timed(() -> LocalPostgresServer.start(binaries.get())), attempts);
		}
		catch (IOException | RuntimeException ex) {
			attempts.add("starting a server from " + binaries.get() + " failed: " + ex.getMessage());
			return new Launch(null, attempts);
		}
	}

	private static PostgresServer timed(ServerStart start) throws IOException {
		long startedAt = System.nanoTime();
		PostgresServer server = start.start();
		logger.info("Using PostgreSQL {} (ready in {} ms)", server.description(),
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt));
		return server;
	}

	private static boolean onClassPath(String className) {
		try {
			Class.forName(className, false, PostgresServerLauncher.class.getClassLoader());
			return true;
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return false;
		}
	}

	/**
	 * Return the directory of the newest server binaries: the highest version under
	 * {@code /usr/lib/postgresql} (Debian and Ubuntu), else what {@code pg_config}
	 * reports.
	 * @return the directory, if one holds {@code initdb} and {@code pg_ctl}
	 */
	static Optional<Path> findServerBinaries() {
		if (Files.isDirectory(DEBIAN_INSTALLATIONS)) {
			try (Stream<Path> versions = Files.list(DEBIAN_INSTALLATIONS)) {
				Optional<Path> newest = versions.filter((dir) -> dir.getFileName().toString().matches("\\d+(\\.\\d+)?"))
					.map((dir) -> dir.resolve("bin"))
					.filter(PostgresServerLauncher::holdsServerBinaries)
					.max(Comparator
						.comparingDouble((bin) -> Double.parseDouble(bin.getParent().getFileName().toString())));
				if (newest.isPresent()) {
					return newest;
				}
			}
			catch (IOException ex) {
				// fall back to pg_config
			}
		}
		return pgConfigBinDirectory().filter(PostgresServerLauncher::holdsServerBinaries);
	}

	private static Optional<Path> pgConfigBinDirectory() {
		try {
			Process process = new ProcessBuilder("pg_config", "--bindir").redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			if (process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0 && !output.isEmpty()) {
				return Optional.of(Path.of(output));
			}
			return Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	private static boolean holdsServerBinaries(Path bin) {
		return Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl"));
	}

	/**
	 * The outcome of {@link #launch()}.
	 *
	 * @param server the server, {@code null} if none could be found or started
	 * @param attempts what was tried before, and why it did not give a server
	 */
	record Launch(@Nullable PostgresServer server, List<String> attempts) {

		Launch {
			attempts = List.copyOf(attempts);
		}

	}

	@FunctionalInterface
	private interface ServerStart {

		PostgresServer start() throws IOException;

	}

}
