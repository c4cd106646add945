package dev.strata.maven;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ApplicationPropertiesTests {

	@TempDir
	Path directory;

	private ApplicationProperties load(SampleProject sample) {
		return ApplicationProperties.load(sample.layout());
	}

	@Test
	void readsPropertiesWithPlaceholdersAndTheirDefaults() {
		SampleProject sample = new SampleProject(this.directory,
				"spring.datasource.url=${BLOG_DB_URL:jdbc:postgresql://localhost:5432/blog}\n"
						+ "migrations.out_of_order=true\nname=${user.label}\nuser.label=ada\n");
		ApplicationProperties properties = load(sample);
		assertThat(properties.get("spring.datasource.url")).hasValue("jdbc:postgresql://localhost:5432/blog");
		assertThat(properties.get("migrations.out-of-order")).hasValue("true");
		assertThat(properties.get("name")).hasValue("ada");
		assertThat(load(sample.withEnvironment("BLOG_DB_URL", "jdbc:h2:file:./db")).get("spring.datasource.url"))
			.hasValue("jdbc:h2:file:./db");
	}

	@Test
	void commandLineThenEnvironmentWinOverTheFiles() {
		SampleProject sample = new SampleProject(this.directory, "migrations.table=from_file\nmigrations.url=file\n")
			.withEnvironment("MIGRATIONS_TABLE", "from_environment");
		assertThat(load(sample).get("migrations.table")).hasValue("from_environment");
		assertThat(load(sample.with("migrations.table", "from_command_line")).get("migrations.table"))
			.hasValue("from_command_line");
		assertThat(load(sample).get("migrations.url")).hasValue("file");
	}

	@Test
	void appliesTheFilesAndDocumentsOfTheActiveProfiles() {
		SampleProject sample = new SampleProject(this.directory, "spring.datasource.url=jdbc:h2:mem:blog\n");
		sample.write("src/main/resources/application.yml", """
				migrations:
				  package: com.example.migrations
				  table: yaml_table
				---
				spring:
				  config:
				    activate:
				      on-profile: staging
				migrations:
				  table: staging_table
				""");
		sample.write("src/main/resources/application-postgres.yaml", """
				spring:
				  datasource:
				    url: jdbc:postgresql://db:5432/blog
				    username: blog
				""");
		ApplicationProperties plain = load(sample);
		assertThat(plain.get("migrations.package")).hasValue("com.example.migrations");
		assertThat(plain.get("migrations.table")).hasValue("yaml_table");
		assertThat(plain.get("spring.datasource.url")).hasValue("jdbc:h2:mem:blog");
		ApplicationProperties profiled = load(sample.with("spring.profiles.active", "postgres,staging"));
		assertThat(profiled.activeProfiles()).containsExactly("postgres", "staging");
		assertThat(profiled.get("spring.datasource.url")).hasValue("jdbc:postgresql://db:5432/blog");
		assertThat(profiled.get("spring.datasource.username")).hasValue("blog");
		assertThat(profiled.get("migrations.table")).hasValue("staging_table");
	}

	@Test
	void keepsTheKeysUnderAPrefixAsWritten() {
		SampleProject sample = new SampleProject(this.directory,
				"spring.jpa.properties.hibernate.physical_naming_strategy=com.example.Naming\n"
						+ "spring.jpa.properties.hibernate.default_schema=blog\n");
		assertThat(load(sample.with("spring.jpa.properties.hibernate.default_schema", "other"))
			.withPrefix("spring.jpa.properties"))
			.containsEntry("hibernate.physical_naming_strategy", "com.example.Naming")
			.containsEntry("hibernate.default_schema", "other")
			.hasSize(2);
	}

	@Test
	void namesAPlaceholderThatIsNotSet() {
		SampleProject sample = new SampleProject(this.directory, "spring.datasource.url=${DB_URL}\n");
		assertThatIllegalStateException().isThrownBy(() -> load(sample).get("spring.datasource.url"))
			.withMessage("Property [spring.datasource.url] refers to [${DB_URL}], which is not set: "
					+ "set it with -DDB_URL=... or the environment variable DB_URL");
	}

	@Test
	void resolvesTheConnectionInOrder() {
		SampleProject sample = new SampleProject(this.directory,
				"spring.datasource.url=jdbc:h2:mem:blog\nspring.datasource.username=app\n"
						+ "migrations.connections.reporting.url=postgres://report:s%40cret@db:5433/reports\n");
		assertThat(ConnectionResolver.resolve(load(sample)))
			.hasValue(new DatabaseConnection("jdbc:h2:mem:blog", "app", null, "spring.datasource.url"));
		assertThat(ConnectionResolver.resolve(load(sample.with("migrations.username", "ddl"))).orElseThrow().username())
			.isEqualTo("ddl");
		assertThat(ConnectionResolver.resolve(load(sample.with("migrations.connection", "reporting"))))
			.hasValue(new DatabaseConnection("jdbc:postgresql://db:5433/reports", "report", "s@cret",
					"migrations.connections.reporting.url"));
		assertThat(ConnectionResolver.resolve(load(sample.with("migrations.url", "jdbc:h2:file:./db"))).orElseThrow())
			.extracting(DatabaseConnection::url, DatabaseConnection::source)
			.containsExactly("jdbc:h2:file:./db", "migrations.url");
	}

	@Test
	void namesTheDefinedConnectionsWhenOneIsMissing() {
		SampleProject sample = new SampleProject(this.directory,
				"migrations.connections.reporting.url=jdbc:h2:mem:r\nmigrations.connections.audit.url=jdbc:h2:mem:a\n")
			.with("migrations.connection", "sqlite");
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionResolver.resolve(load(sample)))
			.withMessage("Connection [sqlite] (migrations.connection) is not defined: the defined connections are "
					+ "[audit, reporting]; or define it with migrations.connections.sqlite.url, .username and "
					+ ".password in application.properties");
	}

	@Test
	void turnsAqueductUrlsIntoJdbcUrls() {
		assertThat(
				DatabaseConnection.of("postgres://user:pass@localhost:5432/my_app?sslmode=disable", null, null, "test"))
			.isEqualTo(new DatabaseConnection("jdbc:postgresql://localhost:5432/my_app?sslmode=disable", "user", "pass",
					"test"));
		assertThat(DatabaseConnection.of("postgresql://localhost/my_app", "given", "secret", "test"))
			.isEqualTo(new DatabaseConnection("jdbc:postgresql://localhost/my_app", "given", "secret", "test"));
		assertThat(DatabaseConnection.of("postgres://user:pass@localhost:5432/db", null, null, "test").describe())
			.isEqualTo("jdbc:postgresql://localhost:5432/db as user");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DatabaseConnection.of("mysql://user:pass@localhost/db", null, null, "migrations.url"))
			.withMessageStartingWith("Database URL [mysql://user:******@localhost/db] from migrations.url is neither");
	}

}
