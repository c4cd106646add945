package dev.strata.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.strata.maven.sample.valid.model.Author;

/**
 * A project for the goal tests: the sample classes compiled with the tests, an
 * {@code application.properties} and a source directory of its own, and settings given as
 * on the command line.
 */
final class SampleProject {

	static final String MIGRATIONS = "dev.strata.maven.sample.valid.migrations";

	private final Path directory;

	private final Map<String, String> overrides = new LinkedHashMap<>();

	private final Map<String, String> environment = new LinkedHashMap<>();

	final RecordingConsole console = new RecordingConsole();

	SampleProject(Path directory, String applicationProperties) {
		this.directory = directory;
		write("src/main/resources/application.properties", applicationProperties);
	}

	/**
	 * A project whose entities are the valid or the drifted sample.
	 * @param directory the project directory
	 * @param entities {@code valid} or {@code drift}
	 * @return the project
	 */
	static SampleProject of(Path directory, String entities) {
		return new SampleProject(directory, "migrations.package=" + MIGRATIONS + "\n"
				+ "strata.entity-packages=dev.strata.maven.sample." + entities + ".model\n");
	}

	SampleProject with(String key, String value) {
		this.overrides.put(key, value);
		return this;
	}

	SampleProject withEnvironment(String name, String value) {
		this.environment.put(name, value);
		return this;
	}

	void write(String relativePath, String content) {
		Path file = this.directory.resolve(relativePath);
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, content, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Path sourceDirectory() {
		return this.directory.resolve("src/main/java");
	}

	ProjectLayout layout() {
		Path classes = testClasses();
		return new ProjectLayout(this.directory, sourceDirectory(), classes,
				List.of(this.directory.resolve("src/main/resources")), List.of(classes), this.overrides,
				this.environment);
	}

	StrataProject open() {
		return StrataProject.open(layout(), this.console);
	}

	private static Path testClasses() {
		try {
			return Path.of(Author.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
