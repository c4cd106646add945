package dev.strata.maven;

import java.io.PrintStream;

import org.apache.maven.plugin.logging.Log;

/**
 * The console of a goal run by Maven: the build log and standard output.
 */
final class MavenConsole implements Console {

	private final Log log;

	private final PrintStream out;

	MavenConsole(Log log, PrintStream out) {
		this.log = log;
		this.out = out;
	}

	@Override
	public void info(String message) {
		this.log.info(message);
	}

	@Override
	public void warn(String message) {
		this.log.warn(message);
	}

	@Override
	public void result(String line) {
		this.out.println(line);
		this.out.flush();
	}

}
