package dev.strata.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A server in a Docker container started through Testcontainers. Only load this class
 * after checking that Testcontainers is on the class path.
 */
final class ContainerPostgresServer implements PostgresServer {

	private static final String IMAGE = "postgres:15-alpine";

	private final PostgreSQLContainer container;

	private ContainerPostgresServer(PostgreSQLContainer container) {
		this.container = container;
	}

	/**
	 * Return whether a Docker engine answers.
	 * @return whether containers can be started
	 */
	static boolean dockerAvailable() {
		return DockerClientFactory.instance().isDockerAvailable();
	}

	/**
	 * Start a container.
	 * @return the running server
	 */
	static ContainerPostgresServer start() {
		PostgreSQLContainer container = new PostgreSQLContainer(IMAGE).withCommand("postgres", "-c", "fsync=off", "-c",
				"synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=200");
		container.start();
		return new ContainerPostgresServer(container);
	}

	@Override
	public String adminUrl() {
		return this.container.getJdbcUrl();
	}

	@Override
	public String user() {
		return this.container.getUsername();
	}

	@Override
	public String password() {
		return this.container.getPassword();
	}

	@Override
	public String description() {
		return "Docker container " + IMAGE;
	}

	@Override
	public boolean throwAway() {
		return true;
	}

	@Override
	public void stop() {
		this.container.stop();
	}

}
