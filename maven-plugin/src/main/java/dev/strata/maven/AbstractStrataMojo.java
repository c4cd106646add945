package dev.strata.maven;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.strata.entity.EntityMappingException;
import dev.strata.runner.MigrationException;
import dev.strata.runner.RollbackTarget;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.jspecify.annotations.Nullable;

/**
 * What every Strata goal shares: the project, its configuration with the command line
 * settings on top, and one way of failing. Every problem a user can cause (a difference,
 * a failed migration, a missing setting) fails the build with its message, so the command
 * exits with status 1; success exits with 0.
 */
abstract class AbstractStrataMojo extends AbstractMojo {

	@Parameter(defaultValue = "${project}", readonly = true, required = true)
	private @Nullable MavenProject project;

	@Parameter(defaultValue = "${session}", readonly = true, required = true)
	private @Nullable MavenSession session;

	/**
	 * JDBC URL (or {@code postgres://user:password@host:5432/db}) of the database,
	 * instead of the project's {@code spring.datasource.url}.
	 */
	@Parameter(property = "migrations.url")
	@Nullable String url;

	/**
	 * User for {@code migrations.url}.
	 */
	@Parameter(property = "migrations.username")
	@Nullable String username;

	/**
	 * Password for {@code migrations.username}.
	 */
	@Parameter(property = "migrations.password")
	@Nullable String password;

	/**
	 * Named connection to use, defined in the project's configuration as
	 * {@code migrations.connections.NAME.url}, {@code .username} and {@code .password}.
	 */
	@Parameter(property = "migrations.connection")
	@Nullable String connection;

	/**
	 * Database the goals that need no database write for: {@code postgresql} or
	 * {@code h2}; by default the one the configured URL names.
	 */
	@Parameter(property = "dialect")
	@Nullable String dialect;

	/**
	 * Spring profiles whose configuration files apply, comma-separated.
	 */
	@Parameter(property = "spring.profiles.active")
	@Nullable String profiles;

	/**
	 * Packages to find entities in, comma-separated; by default the package of the
	 * {@code @SpringBootApplication} class, as Spring Boot scans them.
	 */
	@Parameter(property = "strata.entityPackages")
	@Nullable String entityPackages;

	/**
	 * Database version Hibernate is told about when the entities are read without a
	 * database; by default 15 for PostgreSQL and the H2 driver's version for H2.
	 */
	@Parameter(property = "strata.databaseVersion")
	@Nullable String databaseVersion;

	@Override
	public final void execute() throws MojoExecutionException, MojoFailureException {
		MavenProject current = required(this.project, "project");
		if ("pom".equals(current.getPackaging())) {
			getLog().info("Skipping " + current.getArtifactId() + ": it has no code (packaging pom)");
			return;
		}
		try (StrataProject strata = StrataProject.open(layout(current), new MavenConsole(getLog(), System.out))) {
			run(strata);
		}
		catch (MigrationException | EntityMappingException | IllegalStateException | IllegalArgumentException
				| UncheckedIOException ex) {
			throw new MojoFailureException(ex.getMessage(), ex);
		}
	}

	/**
	 * Run the goal.
	 * @param project the project
	 * @throws MojoFailureException if the goal finds a problem
	 */
	abstract void run(StrataProject project) throws MojoFailureException;

	private ProjectLayout layout(MavenProject current) throws MojoExecutionException {
		List<Path> classpath;
		try {
			classpath = current.getRuntimeClasspathElements().stream().map(Path::of).toList();
		}
		catch (DependencyResolutionRequiredException ex) {
			throw new MojoExecutionException("The project's dependencies are not resolved: " + ex.getMessage(), ex);
		}
		List<Path> resources = current.getBuild()
			.getResources()
			.stream()
			.map(Resource::getDirectory)
			.map(Path::of)
			.toList();
		return new ProjectLayout(current.getBasedir().toPath(), Path.of(current.getBuild().getSourceDirectory()),
				Path.of(current.getBuild().getOutputDirectory()), resources, classpath, overrides(), System.getenv());
	}

	private Map<String, String> overrides() {
		Map<String, String> overrides = new LinkedHashMap<>();
		required(this.session, "session").getUserProperties()
			.forEach((key, value) -> overrides.put(String.valueOf(key), String.valueOf(value)));
		put(overrides, "migrations.url", this.url);
		put(overrides, "migrations.username", this.username);
		put(overrides, "migrations.password", this.password);
		put(overrides, "migrations.connection", this.connection);
		put(overrides, "dialect", this.dialect);
		put(overrides, "spring.profiles.active", this.profiles);
		put(overrides, "strata.entity-packages", this.entityPackages);
		put(overrides, "strata.database-version", this.databaseVersion);
		return overrides;
	}

	private static void put(Map<String, String> overrides, String key, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			overrides.put(key, value);
		}
	}

	private static <T> T required(@Nullable T value, String name) {
		if (value == null) {
			throw new IllegalStateException("'" + name + "' must be injected by Maven");
		}
		return value;
	}

	/**
	 * Return the rollback target from {@code -Dsteps} and {@code -Dto}: one step if
	 * neither is given.
	 * @param steps how many migrations to roll back, or {@code null}
	 * @param to the version to roll back to, or {@code null}
	 * @return the target
	 * @throws MojoFailureException if both are given
	 */
	static RollbackTarget rollbackTarget(@Nullable Integer steps, @Nullable Long to) throws MojoFailureException {
		if (steps != null && to != null) {
			throw new MojoFailureException("Give either -Dsteps (how many migrations to roll back) or -Dto (the "
					+ "version to roll back to), not both");
		}
		try {
			return (to != null) ? RollbackTarget.toVersion(to) : RollbackTarget.steps((steps != null) ? steps : 1);
		}
		catch (IllegalArgumentException ex) {
			throw new MojoFailureException(ex.getMessage(), ex);
		}
	}

}
