package dev.strata.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

import dev.strata.runner.MigrateScriptPlanner;
import dev.strata.runner.MigrationResolver;
import dev.strata.runner.MigrationScript;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.jspecify.annotations.Nullable;

/**
 * Prints the SQL that {@code strata:migrate} would run on the database now, without
 * running it; with {@code -Drollback} (and {@code -Dsteps} or {@code -Dto}), the SQL that
 * {@code strata:rollback} would run. Without a database (none configured, an in-memory
 * one, or {@code -Dstrata.offline}) it prints the SQL for a new, empty database, in the
 * dialect of the configured URL or {@code -Ddialect}.
 */
@Mojo(name = "sql", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class SqlMojo extends AbstractStrataMojo {

	/**
	 * Whether to print the SQL of a rollback instead of a migrate run.
	 */
	@Parameter(property = "rollback", defaultValue = "false")
	boolean rollback;

	/**
	 * With {@code rollback}: how many applied migrations to roll back.
	 */
	@Parameter(property = "steps")
	@Nullable Integer steps;

	/**
	 * With {@code rollback}: the version to roll back to.
	 */
	@Parameter(property = "to")
	@Nullable Long to;

	/**
	 * Whether to work without the database even when one is configured.
	 */
	@Parameter(property = "strata.offline", defaultValue = "false")
	boolean offline;

	/**
	 * File to write the SQL to instead of standard output.
	 */
	@Parameter(property = "output")
	@Nullable File output;

	@Override
	void run(StrataProject project) throws MojoFailureException {
		Optional<DatabaseConnection> connection = project.connection();
		boolean withDatabase = !this.offline && connection.isPresent() && !connection.get().inMemory();
		MigrationScript script;
		String target;
		if (this.rollback || this.steps != null || this.to != null) {
			if (!withDatabase) {
				throw new MojoFailureException("The SQL of a rollback depends on what the database has applied: "
						+ "configure a database that lasts (-Dmigrations.url=...)");
			}
			script = project.online().rollbackScript(rollbackTarget(this.steps, this.to));
			target = connection.get().describe();
		}
		else if (withDatabase) {
			script = project.online().migrateScript();
			target = connection.get().describe();
		}
		else {
			MigrationResolver.resolve(project.migrations());
			script = MigrateScriptPlanner.plan(project.offlineDialect(), project.migrations(), null,
					project.settings());
			target = "a new " + project.offlineDialect().name() + " database";
		}
		List<String> lines = ScriptWriter.lines(script, target);
		if (this.output != null) {
			try {
				Files.createDirectories(this.output.toPath().toAbsolutePath().getParent());
				Files.write(this.output.toPath(), lines, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot write [" + this.output + "]", ex);
			}
			project.console().info("Wrote " + script.migrations().size() + " migration(s) of SQL to " + this.output);
			return;
		}
		lines.forEach(project.console()::result);
	}

}
