package dev.strata.autoconfigure;

import java.util.List;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.StringUtils;

/**
 * The JDBC URL and login that the migrations connect with, as far as the properties tell
 * before any bean exists: {@code migrations.url}, a named connection, or the
 * {@code spring.datasource} properties from which Spring Boot builds its Hikari pool
 * (with {@code migrations.username} instead of its login if set). Where the properties do
 * not tell for sure, there is no login: the data source is a bean named by
 * {@code migrations.connection}, a JNDI one, a pool of another type, or a Hikari pool
 * whose own {@code spring.datasource.hikari} properties set its URL, login, driver
 * properties, schema, catalog or init SQL; the URL is one that starts a container
 * ({@code jdbc:tc:}) or an embedded database that Spring Boot names itself.
 *
 * @param url the JDBC URL
 * @param username the login user, if any
 * @param password the login password, if any
 */
record MigrationsLogin(String url, @Nullable String username, @Nullable String password) {

	private static final String HIKARI = "com.zaxxer.hikari.HikariDataSource";

	/** The pool properties with which its connections go elsewhere than the URL says. */
	private static final List<String> HIKARI_CONNECTION_PROPERTIES = List.of("jdbc-url", "username", "password",
			"data-source-class-name", "data-source-j-n-d-i", "credentials-provider-class-name", "schema", "catalog",
			"connection-init-sql");

	/**
	 * Return the login the properties give the migrations.
	 * @param properties the migrations properties
	 * @param binder the binder of the environment
	 * @param classLoader the application's class loader
	 * @return the login, or {@code null} if the properties do not tell for sure
	 */
	static @Nullable MigrationsLogin of(MigrationsProperties properties, Binder binder, ClassLoader classLoader) {
		if (StringUtils.hasText(properties.url())) {
			return startsNothing(new MigrationsLogin(properties.url(), properties.username(), properties.password()));
		}
		if (StringUtils.hasText(properties.connection())) {
			MigrationsProperties.Connection named = properties.connections().get(properties.connection());
			return (named != null && StringUtils.hasText(named.url()))
					? startsNothing(new MigrationsLogin(named.url(), named.username(), named.password())) : null;
		}
		DataSourceProperties dataSource = binder.bind("spring.datasource", DataSourceProperties.class).orElse(null);
		if (dataSource == null || !StringUtils.hasText(dataSource.getUrl())
				|| StringUtils.hasText(dataSource.getJndiName())
				|| (dataSource.getType() != null && !HIKARI.equals(dataSource.getType().getName()))
				|| hasHikariConnectionProperties(binder)) {
			return null;
		}
		try {
			dataSource.setBeanClassLoader(classLoader);
			dataSource.afterPropertiesSet();
			String url = dataSource.determineUrl();
			MigrationsLogin login = StringUtils.hasText(properties.username())
					? new MigrationsLogin(url, properties.username(), properties.password())
					: new MigrationsLogin(url, dataSource.determineUsername(), dataSource.determinePassword());
			return startsNothing(login);
		}
		catch (Exception ex) {
			// No driver for the URL, say: the data source bean reports it.
			return null;
		}
	}

	private static boolean hasHikariConnectionProperties(Binder binder) {
		for (String property : HIKARI_CONNECTION_PROPERTIES) {
			if (binder.bind("spring.datasource.hikari." + property, String.class).isBound()) {
				return true;
			}
		}
		return binder
			.bind("spring.datasource.hikari.data-source-properties", Bindable.mapOf(String.class, String.class))
			.isBound();
	}

	private static @Nullable MigrationsLogin startsNothing(MigrationsLogin login) {
		// A Testcontainers URL starts a container on connect and stops it with the last
		// connection: the pool would start a second one.
		return login.url().startsWith("jdbc:tc:") ? null : login;
	}

	/**
	 * Return a data source that connects with this login, without a pool.
	 * @param classLoader the class loader of the JDBC driver
	 * @return the data source
	 */
	DataSource dataSource(ClassLoader classLoader) {
		return DataSourceBuilder.create(classLoader)
			.type(SimpleDriverDataSource.class)
			.url(this.url)
			.username(this.username)
			.password(this.password)
			.build();
	}

	@Override
	public String toString() {
		return "MigrationsLogin[url=" + this.url + ", username=" + this.username + ", password="
				+ ((this.password != null) ? "******" : null) + "]";
	}

}
