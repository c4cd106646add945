package dev.strata.autoconfigure;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.strata.actuate.endpoint.MigrationsEndpoint;
import dev.strata.migration.Migration;
import dev.strata.migration.Schema;
import dev.strata.testing.TestH2;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.actuate.endpoint.annotation.DeleteOperation;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The endpoint only reads unless told otherwise, and passwords appear neither in its
 * output, nor in the health details, the log or a failure analysis.
 */
@ExtendWith(OutputCaptureExtension.class)
class EndpointSafetyTests {

	private static final String PASSWORD = "S3cret-do-not-print";

	@Test
	void theOnlyOperationThatWritesIsMigrateAndNothingElseDeletes() {
		List<String> writing = Arrays.stream(MigrationsEndpoint.class.getDeclaredMethods())
			.filter((method) -> method.isAnnotationPresent(WriteOperation.class)
					|| method.isAnnotationPresent(DeleteOperation.class))
			.map(Method::getName)
			.toList();
		assertThat(writing).containsExactly("migrate");
		assertThat(Arrays.stream(MigrationsEndpoint.class.getDeclaredMethods())
			.filter((method) -> method.isAnnotationPresent(ReadOperation.class))).isNotEmpty();
	}

	@Test
	void postingMigrateIsRefusedUnlessWriteOperationsAreOn() throws Exception {
		String url = TestH2.jdbcUrl();
		try (MigratingWebApplication application = MigratingWebApplication.start(List.of(new V1_CreateNotes()),
				"spring.datasource.url=" + url, "migrations.run-at=never")) {
			HttpResponse<String> refused = application.request("POST", "/actuator/migrations");
			assertThat(refused.statusCode()).isEqualTo(403);
			assertThat(refused.body()).contains("set migrations.endpoint.write-operations=true");
			assertThat(tables(url)).as("nothing was created").isEmpty();
		}
		String enabledUrl = TestH2.jdbcUrl();
		try (MigratingWebApplication application = MigratingWebApplication.start(List.of(new V1_CreateNotes()),
				"spring.datasource.url=" + enabledUrl, "migrations.run-at=never",
				"migrations.endpoint.write-operations=true")) {
			HttpResponse<String> applied = application.request("POST", "/actuator/migrations");
			assertThat(applied.statusCode()).isEqualTo(200);
			assertThat(applied.body()).contains("\"applied\":[1]");
			assertThat(state(enabledUrl)).contains("table NOTES", "history 1 true");
		}
	}

	@Test
	void writingRequestsToTheEndpointChangeNothing() throws Exception {
		String url = TestH2.jdbcUrl();
		try (MigratingWebApplication application = MigratingWebApplication.start(List.of(new V1_CreateNotes()),
				"spring.datasource.url=" + url)) {
			List<String> before = state(url);
			assertThat(before).contains("table NOTES", "history 1 true");
			for (String path : List.of("/actuator/migrations", "/actuator/migrations/generate",
					"/actuator/migrations/validate", "/actuator/migrations/migrate", "/actuator/migrations/repair")) {
				for (String method : List.of("POST", "DELETE", "PUT", "PATCH")) {
					HttpResponse<String> response = application.request(method, path);
					assertThat(response.statusCode()).as(method + " " + path).isIn(400, 403, 404, 405);
				}
			}
			assertThat(state(url)).isEqualTo(before);
		}
	}

	@Test
	void passwordOfTheMigrationsConnectionIsNotShown(CapturedOutput output) throws Exception {
		int port = freePort();
		List<String> properties = List.of("spring.datasource.url=" + TestH2.jdbcUrl(),
				"migrations.url=jdbc:postgresql://127.0.0.1:" + port + "/app", "migrations.username=app",
				"migrations.password=" + PASSWORD);
		List<String> failing = new ArrayList<>(properties);
		failing.add("migrations.fail-on-error=true");
		Throwable failure = catchThrowable(
				() -> MigratingWebApplication.start(List.of(new V1_CreateNotes()), failing.toArray(String[]::new)));
		assertThat(failure)
			.hasMessageContaining("Cannot connect to the database: Connection to 127.0.0.1:" + port + " refused");
		assertThat(output).contains("APPLICATION FAILED TO START").doesNotContain(PASSWORD);
		List<String> running = new ArrayList<>(properties);
		running.add("migrations.fail-on-error=false");
		try (MigratingWebApplication application = MigratingWebApplication.start(List.of(new V1_CreateNotes()),
				running.toArray(String[]::new))) {
			for (String path : List.of("/actuator/migrations", "/actuator/health", "/actuator/health/migrations",
					"/actuator/migrations/validate")) {
				HttpResponse<String> response = application.get(path);
				assertThat(response.body()).as(path).doesNotContain(PASSWORD);
			}
			assertThat(application.get("/actuator/health/migrations").body())
				.contains("Cannot connect to the database: ");
			assertThat(application.context().getBean(MigrationsProperties.class).toString()).doesNotContain(PASSWORD);
		}
		assertThat(output).doesNotContain(PASSWORD);
	}

	private static List<String> tables(String url) throws SQLException {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL(url);
		dataSource.setUser("sa");
		List<String> tables = new ArrayList<>();
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement
					.executeQuery("select table_name from information_schema.tables where table_schema = 'PUBLIC'")) {
			while (rows.next()) {
				tables.add(rows.getString(1));
			}
		}
		return tables;
	}

	private static List<String> state(String url) throws SQLException {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL(url);
		dataSource.setUser("sa");
		List<String> lines = new ArrayList<>();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			try (ResultSet rows = statement.executeQuery("select table_name, column_name from "
					+ "information_schema.columns where table_schema = 'PUBLIC' order by table_name, column_name")) {
				while (rows.next()) {
					lines.add("table " + rows.getString(1) + " " + rows.getString(2));
				}
			}
			try (ResultSet rows = statement
				.executeQuery("select version, success from strata_schema_history order by installed_rank")) {
				while (rows.next()) {
					lines.add("history " + rows.getLong(1) + " " + rows.getBoolean(2));
				}
			}
		}
		return lines.stream().map((line) -> line.startsWith("table NOTES ") ? "table NOTES" : line).distinct().toList();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
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
