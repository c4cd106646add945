package dev.strata.maven;

import java.util.List;
import java.util.Optional;

/**
 * Decides which database the goals connect to, from the project's configuration and the
 * command line, first match wins:
 * <ol>
 * <li>{@code migrations.url} (with {@code migrations.username} and
 * {@code migrations.password}), as the application's own Strata uses it;</li>
 * <li>{@code migrations.connection=NAME}: the named connection
 * {@code migrations.connections.NAME.url} (with {@code .username} and {@code .password}),
 * the Masonite seed's {@code --connection};</li>
 * <li>{@code spring.datasource.url} with {@code spring.datasource.username} and
 * {@code password}; {@code migrations.username} and {@code migrations.password} replace
 * the user, as in the application.</li>
 * </ol>
 */
final class ConnectionResolver {

	private ConnectionResolver() {
	}

	/**
	 * Resolve the connection.
	 * @param properties the project's configuration
	 * @return the connection, or nothing if none is configured
	 * @throws IllegalArgumentException if a named connection does not exist or a URL is
	 * not valid
	 */
	static Optional<DatabaseConnection> resolve(ApplicationProperties properties) {
		Optional<String> url = properties.get("migrations.url");
		if (url.isPresent()) {
			return Optional.of(DatabaseConnection.of(url.get(), properties.get("migrations.username").orElse(null),
					properties.get("migrations.password").orElse(null), "migrations.url"));
		}
		Optional<String> name = properties.get("migrations.connection");
		if (name.isPresent()) {
			return Optional.of(named(properties, name.get().trim()));
		}
		Optional<String> datasource = properties.get("spring.datasource.url");
		if (datasource.isEmpty()) {
			return Optional.empty();
		}
		Optional<String> username = properties.get("migrations.username");
		return Optional.of(
				DatabaseConnection
					.of(datasource.get(), username.or(() -> properties.get("spring.datasource.username")).orElse(null),
							(username.isPresent() ? properties.get("migrations.password")
									: properties.get("spring.datasource.password"))
								.orElse(null),
							"spring.datasource.url"));
	}

	private static DatabaseConnection named(ApplicationProperties properties, String name) {
		String prefix = "migrations.connections." + name;
		Optional<String> url = properties.get(prefix + ".url");
		if (url.isEmpty()) {
			List<String> known = properties.mapKeys("migrations.connections");
			throw new IllegalArgumentException("Connection [" + name + "] (migrations.connection) is not defined: "
					+ (known.isEmpty() ? "define it" : "the defined connections are " + known + "; or define it")
					+ " with " + prefix + ".url, .username and .password in application.properties");
		}
		return DatabaseConnection.of(url.get(), properties.get(prefix + ".username").orElse(null),
				properties.get(prefix + ".password").orElse(null), "migrations.connections." + name + ".url");
	}

}
