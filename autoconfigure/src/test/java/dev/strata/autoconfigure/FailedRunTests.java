package dev.strata.autoconfigure;

import java.net.http.HttpResponse;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import dev.strata.migration.Migration;
import dev.strata.migration.Schema;
import dev.strata.runner.MigrationException;
import dev.strata.testing.TestH2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A failed run is visible: with {@code migrations.fail-on-error=false} the endpoint and
 * health show the migration {@code FAILED} with its message; with {@code true} the
 * application stops with a failure analysis; and the next start, once the migration is
 * fixed, applies it.
 */
@ExtendWith(OutputCaptureExtension.class)
class FailedRunTests {

	private static final String FAILURE = "Migration [V2_SeedUsers] failed on statement [insert into users (id, "
			+ "email) values ('one', 'ada@example.com')]: ";

	@Test
	void failedRunShowsAsFailedInTheEndpointAndHealthAndIsRetriedOnceFixed() throws Exception {
		String url = TestH2.jdbcUrl();
		try (MigratingWebApplication application = MigratingWebApplication.start(
				List.of(new V1_CreateUsers(), new Broken.V2_SeedUsers()), "spring.datasource.url=" + url,
				"migrations.fail-on-error=false", "migrations.transaction=each")) {
			HttpResponse<String> migrations = application.get("/actuator/migrations");
			assertThat(migrations.statusCode()).isEqualTo(200);
			String body = migrations.body();
			assertThat(JsonPath.<Integer>read(body, "$.currentVersion")).isEqualTo(1);
			assertThat(JsonPath.<String>read(body, "$.migrations[0].state")).isEqualTo("APPLIED");
			assertThat(JsonPath.<String>read(body, "$.migrations[1].state")).isEqualTo("FAILED");
			assertThat(JsonPath.<String>read(body, "$.migrations[1].errorMessage")).startsWith(FAILURE)
				.endsWith("The database and the history table are as they were before this migration; the 1 "
						+ "migration(s) applied before it in this run (up to version 1) stay applied.");
			HttpResponse<String> health = application.get("/actuator/health/migrations");
			assertThat(health.statusCode()).isEqualTo(503);
			assertThat(JsonPath.<String>read(health.body(), "$.status")).isEqualTo("DOWN");
			assertThat(JsonPath.<List<Integer>>read(health.body(), "$.details.failed")).containsExactly(2);
			assertThat(JsonPath.<String>read(health.body(), "$.details.error")).startsWith(FAILURE);
		}
		try (MigratingWebApplication application = MigratingWebApplication.start(
				List.of(new V1_CreateUsers(), new Fixed.V2_SeedUsers()), "spring.datasource.url=" + url,
				"migrations.fail-on-error=false")) {
			String body = application.get("/actuator/migrations").body();
			assertThat(JsonPath.<Integer>read(body, "$.currentVersion")).isEqualTo(2);
			assertThat(JsonPath.<List<String>>read(body, "$.migrations[*].state")).containsExactly("APPLIED",
					"APPLIED");
			HttpResponse<String> health = application.get("/actuator/health/migrations");
			assertThat(JsonPath.<String>read(health.body(), "$.status")).isEqualTo("UP");
		}
	}

	@Test
	void failedRunStopsTheApplicationWithAFailureAnalysis(CapturedOutput output) {
		Throwable failure = catchThrowable(
				() -> MigratingWebApplication.start(List.of(new V1_CreateUsers(), new Broken.V2_SeedUsers()),
						"spring.datasource.url=" + TestH2.jdbcUrl(), "migrations.transaction=all"));
		assertThat(failure).isInstanceOf(MigrationException.class);
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Strata could not migrate the database.")
			.contains(FAILURE)
			.contains("Migration: V2_SeedUsers")
			.contains("Fix migration [V2_SeedUsers] (or the data it fails on) and start the application again");
		FailureAnalysis analysis = new MigrationsFailureAnalyzer().analyze(failure);
		assertThat(analysis.getDescription()).startsWith("Strata could not migrate the database.\n\n" + FAILURE)
			.contains("The database and the history table are as they were before this run.")
			.endsWith("    Migration: V2_SeedUsers\n    Version: 2\n    Statement: insert into users (id, email) "
					+ "values ('one', 'ada@example.com')");
	}

	static final class V1_CreateUsers implements Migration {

		@Override
		public void up(Schema schema) {
			schema.create("users", (table) -> {
				table.integer("id").primary();
				table.string("email");
			});
		}

	}

	static final class Broken {

		private Broken() {
		}

		static final class V2_SeedUsers implements Migration {

			@Override
			public void up(Schema schema) {
				schema.sql("insert into users (id, email) values ('one', 'ada@example.com')");
			}

		}

	}

	static final class Fixed {

		private Fixed() {
		}

		static final class V2_SeedUsers implements Migration {

			@Override
			public void up(Schema schema) {
				schema.sql("insert into users (id, email) values (1, 'ada@example.com')");
			}

		}

	}

}
