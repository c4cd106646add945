package dev.strata.maven;

import java.util.ArrayList;
import java.util.List;

/**
 * A console that keeps what goals report, for assertions.
 */
final class RecordingConsole implements Console {

	final List<String> infos = new ArrayList<>();

	final List<String> warnings = new ArrayList<>();

	final List<String> results = new ArrayList<>();

	@Override
	public void info(String message) {
		this.infos.add(message);
	}

	@Override
	public void warn(String message) {
		this.warnings.add(message);
	}

	@Override
	public void result(String line) {
		this.results.add(line);
	}

}
