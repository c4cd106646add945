package dev.strata.maven;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class H2DatabaseGoalsTests extends AbstractDatabaseGoalsTests {

	@Override
	protected SampleProject project(String entities) {
		return SampleProject.of(this.directory, entities)
			.with("migrations.url", "jdbc:h2:file:" + this.directory.resolve("db").toAbsolutePath());
	}

	@Test
	void readsTheDatabaseFromANamedConnection() throws Exception {
		SampleProject sample = SampleProject.of(this.directory, "valid").with("migrations.connection", "local");
		sample.write("src/main/resources/application.properties",
				"migrations.package=" + SampleProject.MIGRATIONS
						+ "\nmigrations.connections.local.url=jdbc:h2:file:${DB_DIR}/named\n"
						+ "migrations.connections.local.username=sa\n");
		sample.withEnvironment("DB_DIR", this.directory.toAbsolutePath().toString());
		run(sample, new MigrateMojo());
		assertThat(sample.console.infos).contains("Database: jdbc:h2:file:" + this.directory.toAbsolutePath()
				+ "/named as sa (from migrations.connections.local.url)");
		assertThat(run(sample, new VersionMojo())).isEqualTo(List.of("2"));
	}

}
