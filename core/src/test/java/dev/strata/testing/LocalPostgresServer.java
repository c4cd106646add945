package dev.strata.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * A throw-away server run from the PostgreSQL server binaries installed on this machine
 * ({@code initdb} and {@code pg_ctl}), in a temporary directory, listening on loopback
 * only. Durability is switched off: the data dies with the JVM anyway. As root, the
 * binaries run as the {@code postgres} OS user (or {@code nobody}), because PostgreSQL
 * refuses to run as root.
 */
final class LocalPostgresServer implements PostgresServer {

	private static final String SUPERUSER = "postgres";

	private static final int START_ATTEMPTS = 3;

	private static final long COMMAND_TIMEOUT_SECONDS = 120;

	private final Path binDirectory;

	private final Path directory;

	private final @Nullable String osUser;

	private final int port;

	private LocalPostgresServer(Path binDirectory, Path directory, @Nullable String osUser, int port) {
		this.binDirectory = binDirectory;
		this.directory = directory;
		this.osUser = osUser;
		this.port = port;
	}

	/**
	 * Create a cluster in a new temporary directory and start a server on a free port.
	 * @param binDirectory the directory holding {@code initdb} and {@code pg_ctl}
	 * @return the running server
	 * @throws IOException if the cluster cannot be created or the server does not start;
	 * the temporary directory is deleted then
	 */
	static LocalPostgresServer start(Path binDirectory) throws IOException {
		Path directory = Files.createTempDirectory("strata-pg");
		try {
			String osUser = isRoot() ? unprivilegedUser() : null;
			if (osUser != null) {
				UserPrincipalLookupService users = directory.getFileSystem().getUserPrincipalLookupService();
				Files.setOwner(directory, users.lookupPrincipalByName(osUser));
			}
			Path data = directory.resolve("data");
			run(directory, osUser, "initdb", binDirectory.resolve("initdb").toString(), "-D", data.toString(), "-U",
					SUPERUSER, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync");
			IOException failure = null;
			for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
				// The port may be taken between probing and binding; pg_ctl then fails
				// and we try another one.
				int port = freePort();
				try {
					run(directory, osUser, "pg_ctl-start", binDirectory.resolve("pg_ctl").toString(), "-D",
							data.toString(), "-l", directory.resolve("server.log").toString(), "-w", "-t", "60", "-o",
							serverOptions(directory, port), "start");
					return new LocalPostgresServer(binDirectory, directory, osUser, port);
				}
				catch (IOException ex) {
					failure = ex;
				}
			}
			throw (failure != null) ? failure : new IOException("PostgreSQL did not start");
		}
		catch (IOException | RuntimeException ex) {
			deleteRecursively(directory);
			throw ex;
		}
	}

	private static String serverOptions(Path directory, int port) {
		// pg_ctl hands these to a shell: the temporary directory has no spaces.
		return String.join(" ", "-h 127.0.0.1", "-p " + port, "-k " + directory, "-c fsync=off",
				"-c synchronous_commit=off", "-c full_page_writes=off", "-c max_connections=200");
	}

	@Override
	public String adminUrl() {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/postgres";
	}

	@Override
	public String user() {
		return SUPERUSER;
	}

	@Override
	public String password() {
		return "";
	}

	@Override
	public String description() {
		return "local server from " + this.binDirectory + " in " + this.directory + " on port " + this.port
				+ ((this.osUser != null) ? " as OS user " + this.osUser : "");
	}

	@Override
	public boolean throwAway() {
		return true;
	}

	@Override
	public void stop() {
		try {
			run(this.directory, this.osUser, "pg_ctl-stop", this.binDirectory.resolve("pg_ctl").toString(), "-D",
					this.directory.resolve("data").toString(), "-m", "immediate", "-w", "stop");
		}
		catch (IOException ex) {
			// Deleting the directory below makes a server that still runs exit soon.
		}
		finally {
			deleteRecursively(this.directory);
		}
	}

	private static void run(Path directory, @Nullable String osUser, String logName, String... command)
			throws IOException {
		List<String> commandLine = new ArrayList<>();
		if (osUser != null) {
			commandLine.addAll(List.of("runuser", "-u", osUser, "--"));
		}
		commandLine.addAll(List.of(command));
		Path log = directory.resolve(logName + ".log");
		Process process = new ProcessBuilder(commandLine).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		try {
			if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IOException("[" + String.join(" ", commandLine) + "] did not finish within "
						+ COMMAND_TIMEOUT_SECONDS + " seconds");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
			throw new IOException("Interrupted while running [" + String.join(" ", commandLine) + "]", ex);
		}
		if (process.exitValue() != 0) {
			throw new IOException("[" + String.join(" ", commandLine) + "] exited with " + process.exitValue() + ": "
					+ Files.readString(log, StandardCharsets.UTF_8).strip() + serverLog(directory));
		}
	}

	private static String serverLog(Path directory) throws IOException {
		Path log = directory.resolve("server.log");
		return Files.isReadable(log) ? "\nserver log:\n" + Files.readString(log, StandardCharsets.UTF_8).strip() : "";
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static String unprivilegedUser() throws IOException {
		UserPrincipalLookupService users = Path.of("/").getFileSystem().getUserPrincipalLookupService();
		for (String candidate : List.of("postgres", "nobody")) {
			try {
				UserPrincipal user = users.lookupPrincipalByName(candidate);
				return user.getName();
			}
			catch (UserPrincipalNotFoundException ex) {
				// try the next one
			}
		}
		throw new IOException("Running as root, but neither OS user [postgres] nor [nobody] exists to run "
				+ "PostgreSQL as (it refuses to run as root)");
	}

	/**
	 * Delete a directory tree, as far as possible: this runs at JVM shutdown, where
	 * nobody could act on a failure.
	 * @param directory the directory
	 */
	private static void deleteRecursively(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try {
			Files.walkFileTree(directory, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					deleteQuietly(file);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException ex) {
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path dir, @Nullable IOException ex) {
					deleteQuietly(dir);
					return FileVisitResult.CONTINUE;
				}

			});
		}
		catch (IOException ex) {
			// best effort, see above
		}
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			// best effort, see deleteRecursively
		}
	}

}
