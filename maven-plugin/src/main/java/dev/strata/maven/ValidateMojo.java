package dev.strata.maven;

import java.util.List;

import dev.strata.Validation;
import dev.strata.ValidationProblem;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Fails the build when the migrations do not build what the entities declare, listing
 * every difference: a gate for continuous integration, like Django's
 * {@code makemigrations --check} and {@code aqueduct db validate}. It needs no database;
 * the schema the migrations build is replayed from their operations.
 */
@Mojo(name = "validate", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class ValidateMojo extends AbstractStrataMojo {

	@Override
	void run(StrataProject project) throws MojoFailureException {
		requireEntities(project);
		Validation validation = project.offline().validateMigrations();
		validation.notices().forEach(project.console()::warn);
		if (validation.valid()) {
			project.console()
				.info("Valid: the " + project.migrations().size() + " migration(s) in " + project.migrationsPackage()
						+ " build what the " + project.entities().classNames().size() + " entity class(es) declare");
			return;
		}
		List<ValidationProblem> problems = validation.problems();
		StringBuilder message = new StringBuilder("The migrations in " + project.migrationsPackage()
				+ " do not build what the entities declare (" + problems.size() + " difference(s)):");
		for (ValidationProblem problem : problems) {
			message.append("\n  - ").append(problem.kind()).append(": ").append(problem.message());
		}
		message.append("\nWrite the migration that closes the gap with ./mvnw strata:generate (review it), "
				+ "or change the entities back.");
		throw new MojoFailureException(message.toString());
	}

	/**
	 * Fail when the project has no entities to compare the migrations with.
	 * @param project the project
	 * @throws MojoFailureException if no entity class is found
	 */
	static void requireEntities(StrataProject project) throws MojoFailureException {
		if (project.entities().classNames().isEmpty()) {
			throw new MojoFailureException("No @Entity class found in the project"
					+ project.properties().get("strata.entity-packages").map((packages) -> " in " + packages).orElse("")
					+ ": compile it first, or name the packages with -Dstrata.entityPackages=com.example.model");
		}
	}

}
