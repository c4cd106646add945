package dev.strata.testing;

/**
 * A server that runs outside the tests' control, named by environment variables. It is
 * never stopped; {@link TestPostgres} drops the databases it created there.
 *
 * @param adminUrl the JDBC URL of a database to connect to
 * @param user the user
 * @param password the password
 */
record ExternalPostgresServer(String adminUrl, String user, String password) implements PostgresServer {

	@Override
	public String description() {
		return "existing server at " + this.adminUrl;
	}

	@Override
	public boolean throwAway() {
		return false;
	}

	@Override
	public void stop() {
	}

}
