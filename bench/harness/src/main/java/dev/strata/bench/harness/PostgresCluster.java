package dev.strata.bench.harness;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server for one benchmark run, from the distribution's binaries, in a
 * temporary directory, on loopback, with the server's default settings, or with
 * {@code fsync}, synchronous commits and full page writes off (the benchmark's default:
 * the disk's flushes would drown the tools' differences). Removing it removes every
 * database the run created. As root, the binaries run as the {@code postgres} OS user,
 * since PostgreSQL refuses root.
 */
final class PostgresCluster implements AutoCloseable {

	static final String USER = "postgres";

	private final Path bin;

	private final Path directory;

	private final boolean root;

	private final int port;

	private PostgresCluster(Path bin, Path directory, boolean root, int port) {
		this.bin = bin;
		this.directory = directory;
		this.root = root;
		this.port = port;
	}

	static PostgresCluster start(Path bin, Path parent, boolean durable) throws IOException, InterruptedException {
		Path directory = Files.createTempDirectory(Files.createDirectories(parent), "strata-bench-pg");
		boolean root = "root".equals(System.getProperty("user.name"));
		if (root) {
			UserPrincipalLookupService users = directory.getFileSystem().getUserPrincipalLookupService();
			Files.setOwner(directory, users.lookupPrincipalByName(USER));
		}
		Path data = directory.resolve("data");
		run(root, directory, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "-A", "trust", "-E",
				"UTF8", "--locale=C", "--no-sync");
		IOException failure = null;
		for (int attempt = 0; attempt < 3; attempt++) {
			int port = freePort();
			try {
				run(root, directory, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
						directory.resolve("server.log").toString(), "-w", "-t", "60", "-o",
						"-h 127.0.0.1 -p " + port + " -k " + directory
								+ (durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"),
						"start");
				return new PostgresCluster(bin, directory, root, port);
			}
			catch (IOException ex) {
				failure = ex;
			}
		}
		throw failure;
	}

	/**
	 * Return the file system that holds the data directory, from {@code /proc/mounts}:
	 * its type and mount point.
	 * @return for example {@code ext4 on /}, or {@code unknown}
	 */
	String dataFileSystem() {
		String best = null;
		String type = "unknown";
		try {
			for (String line : Files.readAllLines(Path.of("/proc/mounts"))) {
				String[] fields = line.split(" ");
				if (fields.length > 2 && this.directory.toAbsolutePath().startsWith(fields[1])
						&& (best == null || fields[1].length() > best.length())) {
					best = fields[1];
					type = fields[2];
				}
			}
		}
		catch (IOException ex) {
			return "unknown";
		}
		return (best != null) ? type + " on " + best : type;
	}

	String jdbcUrl(String database) {
		return jdbcUrl(database, this.port);
	}

	/**
	 * Return the URL of a database reached through another port (a proxy's).
	 * @param database the database
	 * @param port the port to connect to
	 * @return the URL
	 */
	String jdbcUrl(String database, int port) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	int port() {
		return this.port;
	}

	Path psql() {
		return this.bin.resolve("psql");
	}

	String version() throws SQLException {
		return query("postgres", "select version()");
	}

	String setting(String name) throws SQLException {
		return query("postgres", "select current_setting('" + name + "')");
	}

	void createDatabase(String name) throws SQLException {
		execute("postgres", "create database " + name);
	}

	void execute(String database, String sql) throws SQLException {
		try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	String query(String database, String sql) throws SQLException {
		try (Connection connection = connect(database);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getString(1);
		}
	}

	private Connection connect(String database) throws SQLException {
		return DriverManager.getConnection(jdbcUrl(database), USER, "");
	}

	@Override
	public void close() throws IOException {
		Path data = this.directory.resolve("data");
		try {
			run(this.root, this.directory, this.bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast",
					"-w", "stop");
			run(false, this.directory, "rm", "-rf", this.directory.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while stopping PostgreSQL in " + this.directory, ex);
		}
	}

	private static void run(boolean root, Path directory, String... command) throws IOException, InterruptedException {
		List<String> line = new ArrayList<>();
		if (root) {
			line.addAll(List.of("runuser", "-u", USER, "--"));
		}
		line.addAll(List.of(command));
		Path log = Files.createTempFile("strata-bench-cmd", ".log");
		try {
			Process process = new ProcessBuilder(line).directory(directory.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
				process.destroyForcibly();
				throw new IOException("Command " + line + " failed:\n" + Files.readString(log));
			}
		}
		finally {
			Files.deleteIfExists(log);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
