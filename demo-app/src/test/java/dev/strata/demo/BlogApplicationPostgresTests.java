package dev.strata.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import com.jayway.jsonpath.DocumentContext;
import dev.strata.testing.TestPostgres;
import dev.strata.testing.PostgresDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo with its {@code postgres} profile, on a real PostgreSQL: migrated at the first
 * start, nothing to do at the second.
 */
class BlogApplicationPostgresTests {

	@Test
	void migratesPostgresOnceAndReportsHealthy() throws Exception {
		PostgresDatabase database = TestPostgres.createDatabase();
		try (ConfigurableApplicationContext first = start(database)) {
			BlogEndpoints endpoints = new BlogEndpoints(port(first));
			DocumentContext migrations = endpoints.get("/actuator/migrations");
			assertThat(migrations.<List<String>>read("$.migrations[*].state")).containsExactly("APPLIED", "APPLIED",
					"APPLIED", "APPLIED");
			assertThat(endpoints.get("/actuator/health/migrations").<String>read("$.status")).isEqualTo("UP");
			assertThat(endpoints.get("/actuator/migrations/generate").<Boolean>read("$.upToDate")).isTrue();
			assertThat(endpoints.post("/api/blogs",
					"{\"title\":\"Hi\",\"body\":\"On PostgreSQL\",\"authorEmail\":\"bo@example.com\",\"authorName\":\"Bo\"}"))
				.isEqualTo(201);
		}
		try (ConfigurableApplicationContext second = start(database)) {
			BlogEndpoints endpoints = new BlogEndpoints(port(second));
			assertThat(endpoints.get("/actuator/migrations").<Integer>read("$.currentVersion")).isEqualTo(4);
			assertThat(endpoints.get("/api/blogs").<List<String>>read("$[*].title")).containsExactly("Hi");
		}
		try (Connection connection = database.dataSource().getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select count(*) from strata_schema_history")) {
			rows.next();
			assertThat(rows.getInt(1)).as("history rows after two starts").isEqualTo(4);
		}
	}

	private static ConfigurableApplicationContext start(PostgresDatabase database) {
		SpringApplication application = new SpringApplication(BlogApplication.class);
		application.setWebApplicationType(WebApplicationType.SERVLET);
		application.setAdditionalProfiles("postgres");
		return application.run("--server.port=0", "--spring.datasource.url=" + database.jdbcUrl(),
				"--spring.datasource.username=" + database.user(),
				"--spring.datasource.password=" + database.password());
	}

	private static int port(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
	}

}
