package dev.strata.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a project keeps what the goals read and write, and the settings given on the
 * command line: everything a goal needs from Maven, so that goals can run without it in
 * tests.
 *
 * @param baseDirectory the project's directory
 * @param sourceDirectory where Java sources go ({@code src/main/java})
 * @param classesDirectory the compiled classes ({@code target/classes})
 * @param resourceDirectories the resource directories ({@code src/main/resources}), read
 * when a configuration file is not in the classes directory yet
 * @param classpath the project's runtime class path, classes directory included
 * @param overrides settings given on the command line ({@code -Dmigrations.url=...}),
 * which win over the project's configuration files
 * @param environment the environment variables, which win over the configuration files as
 * in Spring Boot ({@code SPRING_DATASOURCE_URL})
 */
record ProjectLayout(Path baseDirectory, Path sourceDirectory, Path classesDirectory, List<Path> resourceDirectories,
		List<Path> classpath, Map<String, String> overrides, Map<String, String> environment) {

	ProjectLayout {
		Objects.requireNonNull(baseDirectory, "'baseDirectory' must not be null");
		Objects.requireNonNull(sourceDirectory, "'sourceDirectory' must not be null");
		Objects.requireNonNull(classesDirectory, "'classesDirectory' must not be null");
		resourceDirectories = List.copyOf(resourceDirectories);
		classpath = List.copyOf(classpath);
		overrides = Map.copyOf(overrides);
		environment = Map.copyOf(environment);
	}

	/**
	 * Return a path relative to the project's directory, for messages.
	 * @param path the path
	 * @return the relative path, or the path itself if it is elsewhere
	 */
	String relative(Path path) {
		Path absolute = path.toAbsolutePath().normalize();
		Path base = this.baseDirectory.toAbsolutePath().normalize();
		return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
	}

}
