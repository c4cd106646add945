package dev.strata.maven;

import java.util.List;

import dev.strata.runner.RollbackResult;
import dev.strata.runner.RolledBackMigration;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.jspecify.annotations.Nullable;

/**
 * Rolls back applied migrations, highest version first: the last one by default,
 * {@code -Dsteps=2} for more, or {@code -Dto=3} down to a version that stays applied
 * ({@code -Dto=0} for all). Each migration's {@code down()} runs, or the inverse Strata
 * derives from its {@code up()} when it has none; a migration that cannot be undone (raw
 * SQL without a {@code down()}) stops the rollback before anything runs.
 */
@Mojo(name = "rollback", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class RollbackMojo extends AbstractStrataMojo {

	/**
	 * How many applied migrations to roll back; 1 when neither this nor {@code to} is
	 * given.
	 */
	@Parameter(property = "steps")
	@Nullable Integer steps;

	/**
	 * Version to roll back to: every applied migration above it is rolled back.
	 */
	@Parameter(property = "to")
	@Nullable Long to;

	@Override
	void run(StrataProject project) throws MojoFailureException {
		RollbackResult result = project.online().rollback(rollbackTarget(this.steps, this.to));
		if (result.isEmpty()) {
			project.console().info("Nothing to roll back: no applied migration is above version " + this.to);
			return;
		}
		List<String> derived = result.rolledBack()
			.stream()
			.filter(RolledBackMigration::derived)
			.map(RolledBackMigration::className)
			.toList();
		if (!derived.isEmpty()) {
			project.console()
				.info("Without a down(), " + String.join(", ", derived)
						+ " rolled back with the undo derived from up()");
		}
		result.notices().forEach(project.console()::warn);
		project.console()
			.info("Rolled back: "
					+ String.join(", ", result.rolledBack().stream().map(RolledBackMigration::className).toList())
					+ "; the database is " + ((result.currentVersion() != null)
							? "at version " + result.currentVersion() : "back before the first migration"));
	}

}
