package dev.strata.maven;

import java.nio.file.Path;

import dev.strata.runner.MigrationException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The goals that work on a database, run on the sample project: migrate, version, list,
 * sql and rollback. Subclasses supply the database as command line settings.
 */
abstract class AbstractDatabaseGoalsTests {

	@TempDir
	Path directory;

	/**
	 * Return a project whose settings point at a new, empty database.
	 * @param entities {@code valid} or {@code drift}
	 * @return the project
	 */
	protected abstract SampleProject project(String entities);

	@Test
	void walksTheSampleThroughEveryGoal() throws Exception {
		SampleProject sample = project("valid");
		assertThat(run(sample, new VersionMojo())).containsExactly("none");
		assertThat(run(sample, new SqlMojo())).contains("-- V00000001_CreateAuthors: create authors",
				"-- V00000002_AddAuthorBio: add author bio");
		run(sample, new MigrateMojo());
		assertThat(sample.console.infos).anyMatch((info) -> info
			.startsWith("Migrated: V00000001_CreateAuthors, V00000002_AddAuthorBio; the database is at version 2"));
		assertThat(run(sample, new VersionMojo())).containsExactly("2");
		assertThat(run(sample, new ListMojo())).hasSize(4)
			.first()
			.isEqualTo(" Version  State     Applied at               Description");
		assertThat(sample.console.results.get(1)).startsWith("       1  APPLIED   20").endsWith("create authors");
		assertThat(sample.console.results.get(3)).isEqualTo("Current version: 2");
		assertThat(run(sample, new SqlMojo())).contains("-- Nothing to run.");

		SqlMojo rollbackSql = new SqlMojo();
		rollbackSql.to = 0L;
		assertThat(run(sample, rollbackSql)).contains("-- V00000002_AddAuthorBio: add author bio",
				"alter table authors drop column bio;", "-- V00000001_CreateAuthors: create authors",
				"drop table authors;");
		assertThat(run(sample, new VersionMojo())).containsExactly("2");

		run(sample, new RollbackMojo());
		assertThat(sample.console.infos).contains("Rolled back: V00000002_AddAuthorBio; the database is at version 1");
		assertThat(run(sample, new VersionMojo())).containsExactly("1");
		RollbackMojo all = new RollbackMojo();
		all.to = 0L;
		run(sample, all);
		assertThat(sample.console.infos).contains(
				"Without a down(), V00000001_CreateAuthors rolled back with the undo derived from up()",
				"Rolled back: V00000001_CreateAuthors; the database is back before the first migration");
		assertThat(run(sample, new VersionMojo())).containsExactly("none");
		run(sample, new MigrateMojo());
		assertThat(run(sample, new VersionMojo())).containsExactly("2");
	}

	@Test
	void rollbackRefusesMoreStepsThanApplied() throws Exception {
		SampleProject sample = project("valid");
		run(sample, new MigrateMojo());
		RollbackMojo rollback = new RollbackMojo();
		rollback.steps = 3;
		assertThatExceptionOfType(MigrationException.class).isThrownBy(() -> run(sample, rollback))
			.withMessage("Cannot roll back 3 migration(s): only 2 applied are recorded in the history. "
					+ "Nothing was run.");
		RollbackMojo both = new RollbackMojo();
		both.steps = 1;
		both.to = 1L;
		assertThatExceptionOfType(MojoFailureException.class).isThrownBy(() -> run(sample, both))
			.withMessageContaining("not both");
	}

	protected java.util.List<String> run(SampleProject sample, AbstractStrataMojo mojo) throws MojoFailureException {
		sample.console.results.clear();
		try (StrataProject project = sample.open()) {
			mojo.run(project);
		}
		return java.util.List.copyOf(sample.console.results);
	}

}
