package dev.strata.maven;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.strata.runner.MigrationResolver;
import dev.strata.runner.MigrationStatus;
import dev.strata.runner.MigrationStatusReport;
import dev.strata.runner.ResolvedMigration;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Lists the migrations with their versions and descriptions, as {@code aqueduct db list}
 * does; with a database, also each one's state ({@code APPLIED}, {@code PENDING},
 * {@code FAILED}, {@code MISSING}, {@code CHANGED}) and when it was applied. An in-memory
 * database, which would be empty, counts as none.
 */
@Mojo(name = "list", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class ListMojo extends AbstractStrataMojo {

	private static final DateTimeFormatter APPLIED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'",
			Locale.ROOT);

	/**
	 * Whether to list without the database even when one is configured.
	 */
	@Parameter(property = "strata.offline", defaultValue = "false")
	boolean offline;

	@Override
	void run(StrataProject project) {
		Optional<DatabaseConnection> connection = project.connection();
		if (this.offline || connection.isEmpty() || connection.get().inMemory()) {
			if (connection.isPresent() && connection.get().inMemory() && !this.offline) {
				project.console()
					.info("Database [" + connection.get().describe()
							+ "] lives in memory, so the list shows no states: pass -Dmigrations.url to see them");
			}
			listOffline(project);
			return;
		}
		MigrationStatusReport report = project.online().status();
		project.console()
			.result(String.format(Locale.ROOT, "%8s  %-8s  %-23s  %s", "Version", "State", "Applied at",
					"Description"));
		for (MigrationStatus status : report.migrations()) {
			String appliedAt = (status.appliedAt() != null)
					? APPLIED_AT.format(status.appliedAt().atOffset(ZoneOffset.UTC)) : "";
			project.console()
				.result(String.format(Locale.ROOT, "%8d  %-8s  %-23s  %s", status.version(), status.state(), appliedAt,
						status.description()));
		}
		project.console()
			.result((report.currentVersion() != null) ? "Current version: " + report.currentVersion()
					: "Current version: none (nothing applied)");
	}

	private static void listOffline(StrataProject project) {
		List<ResolvedMigration> migrations = MigrationResolver.resolve(project.migrations());
		project.console().result(String.format(Locale.ROOT, "%8s  %-40s  %s", "Version", "Class", "Description"));
		for (ResolvedMigration migration : migrations) {
			project.console()
				.result(String.format(Locale.ROOT, "%8d  %-40s  %s", migration.version(), migration.className(),
						migration.description()));
		}
	}

}
