package dev.strata.maven;

import dev.strata.runner.AppliedMigration;
import dev.strata.runner.MigrateResult;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Applies the pending migrations to the database, as {@code craft migrate} and
 * {@code aqueduct db upgrade} do, in one transaction by default
 * ({@code migrations.transaction}). A failure leaves the database and its history as they
 * were and fails the build with the migration, table, column and statement.
 */
@Mojo(name = "migrate", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class MigrateMojo extends AbstractStrataMojo {

	@Override
	void run(StrataProject project) {
		MigrateResult result = project.online().migrate();
		if (result.isUpToDate()) {
			project.console()
				.info("Up to date: nothing pending"
						+ ((result.currentVersion() != null) ? " at version " + result.currentVersion() : ""));
			return;
		}
		project.console()
			.info("Migrated: " + String.join(", ", result.applied().stream().map(AppliedMigration::className).toList())
					+ "; the database is at version " + result.currentVersion());
	}

}
