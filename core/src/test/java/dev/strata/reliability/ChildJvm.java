package dev.strata.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * A {@link MigratingApplication} running in a JVM of its own, started with the test class
 * path. Its standard output and error are collected line by line.
 */
final class ChildJvm implements AutoCloseable {

	private final Process process;

	private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

	private ChildJvm(Process process) {
		this.process = process;
		Thread reader = new Thread(this::read, "child-jvm-" + process.pid());
		reader.setDaemon(true);
		reader.start();
	}

	/**
	 * Start a migrating application.
	 * @param arguments its {@code key=value} arguments
	 * @return the running child
	 */
	static ChildJvm start(List<String> arguments) {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path"), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
						"-Xshare:auto", MigratingApplication.class.getName()));
		command.addAll(arguments);
		try {
			return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void read() {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				synchronized (this.lines) {
					this.lines.add(line);
					this.lines.notifyAll();
				}
			}
		}
		catch (IOException ex) {
			// the process was killed
		}
	}

	/**
	 * Wait for a line that starts with a prefix.
	 * @param prefix the prefix
	 * @param timeout how long to wait
	 * @return the line
	 * @throws AssertionError if no such line came in time or the process ended first
	 */
	String awaitLine(String prefix, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this.lines) {
			while (true) {
				for (String line : this.lines) {
					if (line.startsWith(prefix)) {
						return line;
					}
				}
				long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
				if (remaining <= 0) {
					throw new AssertionError("No line starting with [" + prefix + "] within " + timeout + " (alive: "
							+ this.process.isAlive() + "); output:\n" + output());
				}
				this.lines.wait(Math.min(remaining, 50));
			}
		}
	}

	/**
	 * Wait for the process to end.
	 * @param timeout how long to wait
	 * @return the exit code
	 */
	int waitFor(Duration timeout) throws InterruptedException {
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new AssertionError("The child did not end within " + timeout + "; output:\n" + output());
		}
		return this.process.exitValue();
	}

	/**
	 * Kill the process with SIGKILL and wait until it is gone.
	 */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	/**
	 * Return the line that starts with a prefix, if the child printed one.
	 * @param prefix the prefix
	 * @return the line, or {@code null}
	 */
	@Nullable String line(String prefix) {
		synchronized (this.lines) {
			return this.lines.stream().filter((line) -> line.startsWith(prefix)).findFirst().orElse(null);
		}
	}

	/**
	 * Return the lines that start with a prefix.
	 * @param prefix the prefix
	 * @return the lines
	 */
	List<String> lines(String prefix) {
		synchronized (this.lines) {
			return this.lines.stream().filter((line) -> line.startsWith(prefix)).toList();
		}
	}

	String output() {
		synchronized (this.lines) {
			return String.join("\n", this.lines);
		}
	}

	long pid() {
		return this.process.pid();
	}

	@Override
	public void close() {
		this.process.destroyForcibly();
	}

}
