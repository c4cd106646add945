package dev.strata.maven;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.strata.testing.PostgresDatabase;
import dev.strata.testing.TestPostgres;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresDatabaseGoalsTests extends AbstractDatabaseGoalsTests {

	private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^/]+)/([^?]+).*");

	@Override
	protected SampleProject project(String entities) {
		PostgresDatabase database = TestPostgres.createDatabase();
		return SampleProject.of(this.directory, entities)
			.with("migrations.url", database.jdbcUrl())
			.with("migrations.username", database.user())
			.with("migrations.password", database.password());
	}

	@Test
	void acceptsAnAqueductStyleUrl() throws Exception {
		PostgresDatabase database = TestPostgres.createDatabase();
		Matcher matcher = JDBC_URL.matcher(database.jdbcUrl());
		assertThat(matcher.matches()).as(database.jdbcUrl()).isTrue();
		String url = "postgres://" + database.user() + ":" + database.password() + "@" + matcher.group(1) + "/"
				+ matcher.group(2);
		SampleProject sample = SampleProject.of(this.directory, "valid").with("migrations.url", url);
		run(sample, new MigrateMojo());
		assertThat(run(sample, new VersionMojo())).isEqualTo(List.of("2"));
	}

}
