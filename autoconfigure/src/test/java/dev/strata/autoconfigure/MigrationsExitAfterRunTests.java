package dev.strata.autoconfigure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.strata.autoconfigure.exit.ExitAfterRunApplication;
import dev.strata.testing.PostgresDatabase;
import dev.strata.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.boot.SpringApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deploy step without Maven: the application started with
 * {@code migrations.exit-after-run=true} in a JVM of its own runs its migrations and
 * exits with a status a script can test.
 */
class MigrationsExitAfterRunTests {

	@TempDir
	Path directory;

	@Test
	void exitsWithZeroOnceTheMigrationsRanOnH2() throws Exception {
		String url = "jdbc:h2:file:" + this.directory.resolve("db").toAbsolutePath();
		Run run = start("--spring.datasource.url=" + url, "--migrations.package=dev.strata.autoconfigure.migrations");
		assertThat(run.status()).as(run.output()).isZero();
		assertThat(run.output()).contains("stopping because migrations.exit-after-run=true")
			.doesNotContain("kept running");
		try (Connection connection = DriverManager.getConnection(url, "", "")) {
			assertThat(versions(connection)).containsExactly(1L, 2L);
		}
	}

	@Test
	void exitsWithOneAndTheFailureAnalysisWhenAMigrationFails() throws Exception {
		String url = "jdbc:h2:file:" + this.directory.resolve("db").toAbsolutePath();
		Run run = start("--spring.datasource.url=" + url, "--migrations.package=dev.strata.autoconfigure.failing");
		assertThat(run.status()).as(run.output()).isEqualTo(1);
		assertThat(run.output()).contains("APPLICATION FAILED TO START", "Strata could not migrate the database.",
				"Migration [V2_BreakThings] failed");
		try (Connection connection = DriverManager.getConnection(url, "", "")) {
			assertThat(versions(connection)).isEmpty();
		}
	}

	@Test
	void exitsWithZeroOnceTheMigrationsRanOnPostgres() throws Exception {
		PostgresDatabase database = TestPostgres.createDatabase();
		Run run = start("--spring.datasource.url=" + database.jdbcUrl(),
				"--spring.datasource.username=" + database.user(),
				"--spring.datasource.password=" + database.password(),
				"--migrations.package=dev.strata.autoconfigure.migrations");
		assertThat(run.status()).as(run.output()).isZero();
		try (Connection connection = database.dataSource().getConnection()) {
			assertThat(versions(connection)).containsExactly(1L, 2L);
		}
	}

	@Test
	void defaultsToNoWebServerLazyBeansAndMigrationsBeforeJpaWhileTheApplicationsSettingsWin() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("application",
					java.util.Map.of("migrations.exit-after-run", "true", "spring.main.lazy-initialization", "false")));
		new MigrationsExitAfterRunEnvironmentPostProcessor().postProcessEnvironment(environment,
				new SpringApplication());
		assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
		assertThat(environment.getProperty("migrations.run-at")).isEqualTo("startup");
		assertThat(environment.getProperty("spring.main.lazy-initialization")).isEqualTo("false");
	}

	@Test
	void leavesOtherApplicationsAlone() {
		StandardEnvironment environment = new StandardEnvironment();
		new MigrationsExitAfterRunEnvironmentPostProcessor().postProcessEnvironment(environment,
				new SpringApplication());
		assertThat(environment.getPropertySources()
			.contains(MigrationsExitAfterRunEnvironmentPostProcessor.PROPERTY_SOURCE_NAME)).isFalse();
	}

	private Run start(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(ExitAfterRunApplication.class.getName());
		command.add("--migrations.exit-after-run=true");
		command.addAll(List.of(arguments));
		Path log = this.directory.resolve("output.log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("The application did not exit within 60 s:\n" + Files.readString(log));
		}
		return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
	}

	private static List<Long> versions(Connection connection) throws SQLException {
		List<Long> versions = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"select version from strata_schema_history where type = 'MIGRATE' order by version")) {
			while (rows.next()) {
				versions.add(rows.getLong(1));
			}
		}
		catch (SQLException ex) {
			// no history table: nothing was applied
		}
		return versions;
	}

	private record Run(int status, String output) {

	}

}
