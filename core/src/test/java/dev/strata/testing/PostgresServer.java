package dev.strata.testing;

/**
 * A running PostgreSQL server on which tests may create databases.
 */
interface PostgresServer {

	/**
	 * Return the JDBC URL of a database that the test user may connect to in order to
	 * create others.
	 * @return the JDBC URL, of the form {@code jdbc:postgresql://host:port/database}
	 */
	String adminUrl();

	/**
	 * Return the user that creates and uses the test databases.
	 * @return the user name
	 */
	String user();

	/**
	 * Return the password of {@link #user()}.
	 * @return the password
	 */
	String password();

	/**
	 * Return where the server comes from, for log and error messages.
	 * @return a short description
	 */
	String description();

	/**
	 * Return whether the server's data dies with this JVM, so that it runs without
	 * durability and databases may be created in the fastest way.
	 * @return whether the server is a throw-away one
	 */
	boolean throwAway();

	/**
	 * Stop the server if this JVM started it, and release what it used.
	 */
	void stop();

}
