package dev.strata.maven;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A database to connect to: a JDBC URL with its user and password, and where the settings
 * came from, for messages.
 * <p>
 * Besides JDBC URLs, the Aqueduct form {@code postgres://user:password@host:5432/db} (or
 * {@code postgresql://}) is accepted and turned into
 * {@code jdbc:postgresql://host:5432/db}, with the user and password taken from it unless
 * they are given separately.
 *
 * @param url the JDBC URL
 * @param username the user, {@code null} for none
 * @param password the password, {@code null} for none
 * @param source where the settings came from, such as {@code spring.datasource.url}
 */
record DatabaseConnection(String url, @Nullable String username, @Nullable String password, String source) {

	DatabaseConnection {
		Objects.requireNonNull(url, "'url' must not be null");
		Objects.requireNonNull(source, "'source' must not be null");
	}

	/**
	 * Create a connection from a JDBC or Aqueduct-style URL.
	 * @param url the URL
	 * @param username the user, {@code null} to take it from an Aqueduct-style URL
	 * @param password the password, {@code null} to take it from an Aqueduct-style URL
	 * @param source where the settings came from
	 * @return the connection
	 * @throws IllegalArgumentException if the URL is neither a JDBC URL nor a
	 * {@code postgres://} URL
	 */
	static DatabaseConnection of(String url, @Nullable String username, @Nullable String password, String source) {
		String trimmed = url.trim();
		String lower = trimmed.toLowerCase(Locale.ROOT);
		if (lower.startsWith("jdbc:")) {
			return new DatabaseConnection(trimmed, blankToNull(username), blankToNull(password), source);
		}
		if (lower.startsWith("postgres://") || lower.startsWith("postgresql://")) {
			return fromPostgresUri(trimmed, blankToNull(username), blankToNull(password), source);
		}
		throw new IllegalArgumentException("Database URL [" + redact(trimmed) + "] from " + source
				+ " is neither a JDBC URL (jdbc:postgresql://host:5432/db, jdbc:h2:file:./db) nor of the form "
				+ "postgres://user:password@host:5432/db");
	}

	private static DatabaseConnection fromPostgresUri(String url, @Nullable String username, @Nullable String password,
			String source) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException(
					"Database URL [" + redact(url) + "] from " + source + " is not a valid URL: " + ex.getReason(), ex);
		}
		if (uri.getHost() == null) {
			throw new IllegalArgumentException("Database URL [" + redact(url) + "] from " + source
					+ " names no host: write it as postgres://user:password@host:5432/db");
		}
		String user = username;
		String secret = password;
		String userInfo = uri.getRawUserInfo();
		if (userInfo != null) {
			int colon = userInfo.indexOf(':');
			String urlUser = decode((colon >= 0) ? userInfo.substring(0, colon) : userInfo);
			String urlPassword = (colon >= 0) ? decode(userInfo.substring(colon + 1)) : null;
			user = (user != null) ? user : urlUser;
			secret = (secret != null) ? secret : urlPassword;
		}
		String port = (uri.getPort() >= 0) ? ":" + uri.getPort() : "";
		String path = (uri.getRawPath() != null) ? uri.getRawPath() : "/";
		String query = (uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "";
		return new DatabaseConnection("jdbc:postgresql://" + uri.getHost() + port + path + query, user, secret, source);
	}

	/**
	 * Return whether the database lives in memory and disappears with this Maven run.
	 * @return whether it is an in-memory H2 database
	 */
	boolean inMemory() {
		return this.url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:mem:");
	}

	/**
	 * Return the product name of the database, from the URL.
	 * @return {@code PostgreSQL}, {@code H2}, or nothing for another database
	 */
	@Nullable String productName() {
		String lower = this.url.toLowerCase(Locale.ROOT);
		if (lower.startsWith("jdbc:postgresql:")) {
			return "PostgreSQL";
		}
		if (lower.startsWith("jdbc:h2:")) {
			return "H2";
		}
		return null;
	}

	/**
	 * Describe the connection for messages, without the password.
	 * @return the URL and the user
	 */
	String describe() {
		return redact(this.url) + ((this.username != null) ? " as " + this.username : "");
	}

	private static String redact(String url) {
		return url.replaceAll("(?i)(password=)[^&;]*", "$1******").replaceAll("(//[^:/@]+:)[^@/]*@", "$1******@");
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	@Override
	public String toString() {
		return "DatabaseConnection[" + describe() + ", source=" + this.source + "]";
	}

}
