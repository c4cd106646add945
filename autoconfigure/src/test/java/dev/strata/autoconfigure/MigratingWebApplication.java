package dev.strata.autoconfigure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import dev.strata.EntitySource;
import dev.strata.migration.Migration;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A web application with Strata, the Actuator endpoint and health exposed, and the given
 * migrations as beans, started on a random loopback port. It has no entities, and says so
 * ({@link EntitySource#NONE}), so health reports on the history alone.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class MigratingWebApplication implements AutoCloseable {

	private static final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final ConfigurableApplicationContext context;

	private MigratingWebApplication(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Start the application.
	 * @param migrations the migrations, registered as beans
	 * @param properties more properties, {@code key=value}
	 * @return the running application
	 */
	static MigratingWebApplication start(List<Migration> migrations, String... properties) {
		return start(migrations, List.of(), properties);
	}

	/**
	 * Start the application with listeners of its own lifecycle.
	 * @param migrations the migrations, registered as beans
	 * @param listeners listeners of the application's events, such as
	 * {@code ApplicationStartedEvent}
	 * @param properties more properties, {@code key=value}
	 * @return the running application
	 */
	static MigratingWebApplication start(List<Migration> migrations, List<ApplicationListener<?>> listeners,
			String... properties) {
		List<String> all = new ArrayList<>(List.of("server.port=0", "server.address=127.0.0.1",
				"spring.main.banner-mode=off", "management.endpoints.web.exposure.include=health,migrations",
				"management.endpoint.health.show-details=always", "migrations.package=dev.strata.autoconfigure.none"));
		all.addAll(List.of(properties));
		SpringApplicationBuilder builder = new SpringApplicationBuilder(MigratingWebApplication.class)
			.properties(all.toArray(String[]::new))
			.initializers((context) -> {
				context.getBeanFactory().registerSingleton("entitySource", EntitySource.NONE);
				for (Migration migration : migrations) {
					context.getBeanFactory().registerSingleton(migration.getClass().getSimpleName(), migration);
				}
			})
			.listeners(listeners.toArray(ApplicationListener<?>[]::new));
		return new MigratingWebApplication(builder.run());
	}

	ConfigurableApplicationContext context() {
		return this.context;
	}

	/**
	 * Send a request to the application.
	 * @param method the HTTP method
	 * @param path the path, such as {@code /actuator/migrations}
	 * @return the response
	 */
	HttpResponse<String> request(String method, String path) throws IOException, InterruptedException {
		String port = this.context.getEnvironment().getProperty("local.server.port");
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build();
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return request("GET", path);
	}

	@Override
	public void close() {
		this.context.close();
	}

}
