package dev.strata.maven;

import java.nio.file.Path;

import dev.strata.Generation;
import dev.strata.codegen.GeneratedMigration;
import dev.strata.diff.Renames;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.jspecify.annotations.Nullable;

/**
 * Writes the next migration into the migrations package of the source tree: the one that
 * makes the migrations build what the entities declare, as {@code aqueduct db generate}
 * does. It needs no database. The class is a candidate to review: its warnings (possible
 * renames, data that a drop loses) are printed and written into its Javadoc.
 */
@Mojo(name = "generate", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class GenerateMojo extends AbstractStrataMojo {

	/**
	 * What the migration does, in words ({@code "add user nickname"}); by default a name
	 * made from its operations.
	 */
	@Parameter(property = "name")
	@Nullable String name;

	/**
	 * Renames to make instead of dropping and adding: {@code users.name:full_name} for a
	 * column, {@code posts:articles} for a table, comma-separated.
	 */
	@Parameter(property = "renames")
	@Nullable String renames;

	@Override
	void run(StrataProject project) throws MojoFailureException {
		ValidateMojo.requireEntities(project);
		Generation generation = project.offline()
			.generate(this.name, Renames.parse((this.renames != null) ? this.renames : ""));
		generation.warnings().forEach(project.console()::warn);
		GeneratedMigration migration = generation.migration();
		if (migration == null) {
			project.console()
				.info("Up to date: the migrations already build what the entities declare; nothing was written");
			return;
		}
		Path file = project.layout().sourceDirectory().resolve(migration.relativePath());
		SourceFiles.writeNew(file, migration.source(), project.layout());
		project.console()
			.info("Wrote migration " + migration.className() + " (version " + migration.version()
					+ "): review it before it runs" + (migration.warnings().isEmpty() ? ""
							: ", and its " + migration.warnings().size() + " warning(s) above"));
		project.console().result(project.layout().relative(file));
	}

}
