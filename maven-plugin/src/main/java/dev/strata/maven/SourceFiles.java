package dev.strata.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes new source files into the project, never over an existing one.
 */
final class SourceFiles {

	private SourceFiles() {
	}

	/**
	 * Write a new file, creating its directories.
	 * @param file the file
	 * @param source its content
	 * @param layout the project, for messages
	 * @throws IllegalStateException if the file exists
	 */
	static void writeNew(Path file, String source, ProjectLayout layout) {
		if (Files.exists(file)) {
			throw new IllegalStateException("[" + layout.relative(file) + "] exists already: choose another name");
		}
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, source, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write [" + layout.relative(file) + "]", ex);
		}
	}

}
