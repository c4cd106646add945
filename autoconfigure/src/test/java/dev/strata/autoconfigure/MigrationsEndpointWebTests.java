package dev.strata.autoconfigure;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import dev.strata.Strata;
import dev.strata.actuate.health.MigrationsHealthIndicator;
import dev.strata.migration.Migration;
import dev.strata.migration.Schema;
import dev.strata.runner.MigrationStatus;
import dev.strata.testing.TestH2;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ApplicationListener;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code migrations} endpoint and health indicator over HTTP, as a client sees them.
 */
class MigrationsEndpointWebTests {

	@Test
	void listWithNoMigrationsCarriesANullCurrentVersion() throws Exception {
		try (MigratingWebApplication application = MigratingWebApplication.start(List.of(),
				"spring.datasource.url=" + TestH2.jdbcUrl(), "migrations.run-at=never")) {
			HttpResponse<String> response = application.get("/actuator/migrations");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).isEqualTo("{\"currentVersion\":null,\"migrations\":[]}");
		}
	}

	@Test
	void listWithNothingAppliedCarriesANullCurrentVersion() throws Exception {
		try (MigratingWebApplication application = MigratingWebApplication.start(List.of(new V1_CreateNotes()),
				"spring.datasource.url=" + TestH2.jdbcUrl(), "migrations.run-at=never")) {
			MigrationStatus pending = application.context().getBean(Strata.class).status().migrations().get(0);
			assertThat(application.get("/actuator/migrations").body())
				.isEqualTo("{\"currentVersion\":null,\"migrations\":[{\"version\":1,\"description\":\"create notes\","
						+ "\"className\":\"V1_CreateNotes\",\"state\":\"PENDING\",\"checksum\":\"" + pending.checksum()
						+ "\"}]}");
		}
	}

	@Test
	void postingMigrateMakesTheNextHealthCheckFresh() throws Exception {
		try (MigratingWebApplication application = MigratingWebApplication.start(List.of(new V1_CreateNotes()),
				"spring.datasource.url=" + TestH2.jdbcUrl(), "migrations.run-at=never",
				"migrations.endpoint.write-operations=true", "migrations.health.cache-time-to-live=1h")) {
			assertThat(application.get("/actuator/health/migrations").body()).contains("\"status\":\"DOWN\"")
				.contains("\"currentVersion\":null")
				.contains("\"pending\":[1]");
			HttpResponse<String> migrated = application.request("POST", "/actuator/migrations");
			assertThat(migrated.body()).isEqualTo("{\"applied\":[1],\"currentVersion\":1}");
			String health = application.get("/actuator/health/migrations").body();
			assertThat(health).contains("\"status\":\"UP\"").contains("\"currentVersion\":1").doesNotContain("pending");
		}
	}

	@Test
	void migratingWhenTheApplicationIsReadyMakesTheNextHealthCheckFresh() throws Exception {
		List<Health> beforeReady = new ArrayList<>();
		ApplicationListener<ApplicationStartedEvent> probe = (event) -> beforeReady
			.add(event.getApplicationContext().getBean(MigrationsHealthIndicator.class).health());
		try (MigratingWebApplication application = MigratingWebApplication.start(List.of(new V1_CreateNotes()),
				List.of(probe), "spring.datasource.url=" + TestH2.jdbcUrl(), "migrations.run-at=ready",
				"migrations.health.cache-time-to-live=1h")) {
			assertThat(beforeReady).singleElement().satisfies((health) -> {
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat(health.getDetails()).containsEntry("pending", List.of(1L));
			});
			assertThat(application.get("/actuator/health/migrations").body()).contains("\"status\":\"UP\"")
				.contains("\"currentVersion\":1");
		}
	}

	static final class V1_CreateNotes implements Migration {

		@Override
		public void up(Schema schema) {
			schema.create("notes", (table) -> {
				table.increments("id");
				table.text("body");
			});
		}

	}

}
