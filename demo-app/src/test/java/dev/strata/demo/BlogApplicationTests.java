package dev.strata.demo;

import java.util.List;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo on its embedded H2 database, driven through its HTTP API and the Actuator.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:blog-tests;DB_CLOSE_DELAY=-1")
class BlogApplicationTests {

	@LocalServerPort
	private int port;

	@Test
	void migrationsEndpointListsEveryMigrationApplied() throws Exception {
		DocumentContext migrations = new BlogEndpoints(this.port).get("/actuator/migrations");
		assertThat(migrations.<Integer>read("$.currentVersion")).isEqualTo(4);
		assertThat(migrations.<List<String>>read("$.migrations[*].state")).containsExactly("APPLIED", "APPLIED",
				"APPLIED", "APPLIED");
		assertThat(migrations.<List<String>>read("$.migrations[*].description")).containsExactly("create users table",
				"create blogs table", "create comments table", "add user nickname");
		assertThat(migrations.<List<String>>read("$.migrations[*].checksum"))
			.allSatisfy((checksum) -> assertThat(checksum).matches("[0-9a-f]{16}"));
	}

	@Test
	void healthIsUpAndTheMigrationsBuildWhatTheEntitiesDeclare() throws Exception {
		BlogEndpoints endpoints = new BlogEndpoints(this.port);
		assertThat(endpoints.get("/actuator/health/migrations").<String>read("$.status")).isEqualTo("UP");
		assertThat(endpoints.get("/actuator/migrations/generate").<Boolean>read("$.upToDate")).isTrue();
		DocumentContext validation = endpoints.get("/actuator/migrations/validate");
		assertThat(validation.<Boolean>read("$.valid")).isTrue();
		assertThat(validation.<List<Object>>read("$.differences")).isEmpty();
	}

	@Test
	void theBlogWorksOnTheMigratedSchema() throws Exception {
		BlogEndpoints endpoints = new BlogEndpoints(this.port);
		assertThat(endpoints.post("/api/blogs",
				"{\"title\":\"Hello\",\"body\":\"First post\",\"authorEmail\":\"ada@example.com\",\"authorName\":\"Ada\"}"))
			.isEqualTo(201);
		assertThat(endpoints.get("/api/blogs").<List<String>>read("$[*].author")).contains("Ada");
	}

}
