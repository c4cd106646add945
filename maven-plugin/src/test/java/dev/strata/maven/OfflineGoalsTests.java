package dev.strata.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The goals that need no database, run on the sample project: new, generate, validate,
 * list and sql.
 */
class OfflineGoalsTests {

	@TempDir
	Path directory;

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void validatePassesWhenTheMigrationsBuildTheEntities(String dialect) throws Exception {
		SampleProject sample = SampleProject.of(this.directory, "valid").with("dialect", dialect);
		try (StrataProject project = sample.open()) {
			new ValidateMojo().run(project);
		}
		assertThat(sample.console.infos).containsExactly("Valid: the 2 migration(s) in " + SampleProject.MIGRATIONS
				+ " build what the 1 entity class(es) declare");
	}

	@Test
	void validateFailsWithEveryDifference() {
		SampleProject sample = SampleProject.of(this.directory, "drift").with("dialect", "postgresql");
		try (StrataProject project = sample.open()) {
			assertThatExceptionOfType(MojoFailureException.class).isThrownBy(() -> new ValidateMojo().run(project))
				.withMessageStartingWith("The migrations in " + SampleProject.MIGRATIONS
						+ " do not build what the entities declare (2 difference(s)):")
				.withMessageContaining("MISSING_COLUMN: Column [authors.nickname] is missing")
				.withMessageContaining("EXTRA_COLUMN: Column [authors.bio] exists but is not expected")
				.withMessageContaining("./mvnw strata:generate");
		}
	}

	@Test
	void validateTakesTheDialectFromTheConfiguredUrl() throws Exception {
		SampleProject sample = SampleProject.of(this.directory, "valid")
			.with("spring.datasource.url", "postgres://blog:secret@db.example.com:5432/blog");
		try (StrataProject project = sample.open()) {
			assertThat(project.offlineDialect().name()).isEqualTo("PostgreSQL");
			new ValidateMojo().run(project);
		}
	}

	@Test
	void validateWithoutADatabaseOrDialectSaysWhatToSet() {
		SampleProject sample = SampleProject.of(this.directory, "valid");
		try (StrataProject project = sample.open()) {
			assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> new ValidateMojo().run(project))
				.withMessageContaining("pass -Ddialect=postgresql (or h2)");
		}
	}

	@Test
	void generateWritesTheNextMigrationIntoTheSourceTree() throws Exception {
		SampleProject sample = SampleProject.of(this.directory, "drift").with("dialect", "postgresql");
		GenerateMojo generate = new GenerateMojo();
		generate.name = "add author nickname";
		generate.renames = "";
		try (StrataProject project = sample.open()) {
			generate.run(project);
		}
		Path file = sample.sourceDirectory()
			.resolve("dev/strata/maven/sample/valid/migrations/V00000003_AddAuthorNickname.java");
		assertThat(sample.console.results).containsExactly(this.directory.relativize(file).toString());
		assertThat(Files.readString(file)).contains("public final class V00000003_AddAuthorNickname",
				"table.string(\"nickname\", 40).nullable();", "table.dropColumn(\"bio\");");
		assertThat(sample.console.warnings).anyMatch((warning) -> warning.contains("[authors.bio]"));
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> {
			try (StrataProject project = sample.open()) {
				generate.run(project);
			}
		}).withMessageContaining("V00000003_AddAuthorNickname.java] exists already");
	}

	@Test
	void generateWritesNothingWhenUpToDate() throws Exception {
		SampleProject sample = SampleProject.of(this.directory, "valid").with("dialect", "h2");
		try (StrataProject project = sample.open()) {
			new GenerateMojo().run(project);
		}
		assertThat(sample.console.infos).singleElement().asString().startsWith("Up to date");
		assertThat(sample.sourceDirectory()).doesNotExist();
	}

	@Test
	void newWritesACreateSkeletonWithTheNextVersion() throws Exception {
		SampleProject sample = SampleProject.of(this.directory, "valid");
		sample.write("src/main/java/dev/strata/maven/sample/valid/migrations/V00000007_Later.java", "// by hand");
		NewMigrationMojo mojo = new NewMigrationMojo();
		mojo.name = "create dashboard";
		mojo.create = "dashboard";
		try (StrataProject project = sample.open()) {
			mojo.run(project);
		}
		Path file = sample.sourceDirectory()
			.resolve("dev/strata/maven/sample/valid/migrations/V00000008_CreateDashboard.java");
		assertThat(Files.readString(file)).isEqualTo("""
				package dev.strata.maven.sample.valid.migrations;

				import dev.strata.migration.Migration;
				import dev.strata.migration.Schema;

				/**
				 * Create dashboard.
				 */
				public final class V00000008_CreateDashboard implements Migration {

				    @Override
				    public void up(Schema schema) {
				        schema.create("dashboard", (table) -> {
				            table.increments("id");
				            table.timestamps();
				        });
				    }

				    @Override
				    public void down(Schema schema) {
				        schema.drop("dashboard");
				    }

				}
				""");
	}

	@Test
	void newWritesAnAlterSkeletonAfterTheCompiledMigrations() throws Exception {
		SampleProject sample = SampleProject.of(this.directory, "valid");
		NewMigrationMojo mojo = new NewMigrationMojo();
		mojo.name = "add author nickname";
		mojo.table = "authors";
		try (StrataProject project = sample.open()) {
			mojo.run(project);
		}
		String source = Files.readString(sample.sourceDirectory()
			.resolve("dev/strata/maven/sample/valid/migrations/V00000003_AddAuthorNickname.java"));
		assertThat(source).contains("schema.table(\"authors\", (table) -> {", "Strata derives the rollback")
			.doesNotContain("public void down");
	}

	@Test
	void newRefusesBothCreateAndTable() {
		SampleProject sample = SampleProject.of(this.directory, "valid");
		NewMigrationMojo mojo = new NewMigrationMojo();
		mojo.name = "create dashboard";
		mojo.create = "dashboard";
		mojo.table = "dashboard";
		try (StrataProject project = sample.open()) {
			assertThatExceptionOfType(MojoFailureException.class).isThrownBy(() -> mojo.run(project))
				.withMessage("Give either -Dcreate (a new table) or -Dtable (an existing table), not both");
		}
	}

	@Test
	void listsTheMigrationsWithoutADatabase() throws IOException {
		SampleProject sample = SampleProject.of(this.directory, "valid")
			.with("spring.datasource.url", "jdbc:h2:mem:blog");
		try (StrataProject project = sample.open()) {
			new ListMojo().run(project);
		}
		assertThat(sample.console.results).containsExactly(
				" Version  Class                                     Description",
				"       1  V00000001_CreateAuthors                   create authors",
				"       2  V00000002_AddAuthorBio                    add author bio");
		assertThat(sample.console.infos).singleElement().asString().contains("lives in memory");
	}

	@Test
	void printsTheSqlForANewDatabaseWithoutADatabase() throws Exception {
		SampleProject sample = SampleProject.of(this.directory, "valid").with("dialect", "postgresql");
		try (StrataProject project = sample.open()) {
			new SqlMojo().run(project);
		}
		assertThat(sample.console.results.get(0))
			.isEqualTo("-- Strata migrate on a new PostgreSQL database: 2 migration(s)");
		assertThat(sample.console.results).contains("-- V00000001_CreateAuthors: create authors",
				"alter table authors add column bio varchar(255);");
		assertThat(String.join("\n", sample.console.results)).contains("create table strata_schema_history");
	}

	@Test
	void sqlOfARollbackNeedsADatabase() {
		SampleProject sample = SampleProject.of(this.directory, "valid").with("dialect", "h2");
		SqlMojo mojo = new SqlMojo();
		mojo.rollback = true;
		try (StrataProject project = sample.open()) {
			assertThatExceptionOfType(MojoFailureException.class).isThrownBy(() -> mojo.run(project))
				.withMessageContaining("depends on what the database has applied");
		}
	}

}
