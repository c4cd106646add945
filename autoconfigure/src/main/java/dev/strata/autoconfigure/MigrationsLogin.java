package dev.strata.autoconfigure;

import java.util.Objects;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * The JDBC URL and login that the migrations connect with, as far as the properties tell
 * before any bean exists: {@code migrations.url}, a named connection, or the
 * {@code spring.datasource} properties from which Spring Boot builds its connection pool
 * (with {@code migrations.username} instead of its login if set). Whether the data source
 * that the Strata bean is given later connects the same way is told by
 * {@link #isLoginOf(DataSource)}, from what that data source says of itself: only a plain
 * driver data source or a Hikari pool with that URL and login and nothing else that could
 * change where its connections go (a schema, a catalog, an init SQL, driver properties, a
 * credentials provider).
 *
 * @param url the JDBC URL
 * @param username the login user, if any
 * @param password the login password, if any
 */
record MigrationsLogin(String url, @Nullable String username, @Nullable String password) {

	private static final boolean HIKARI_PRESENT = ClassUtils.isPresent("com.zaxxer.hikari.HikariDataSource",
			MigrationsLogin.class.getClassLoader());

	/**
	 * Return the login the properties give the migrations.
	 * @param properties the migrations properties
	 * @param binder the binder of the environment
	 * @param classLoader the application's class loader
	 * @return the login, or {@code null} if the properties do not tell (the data source
	 * is a bean of the application's, a JNDI one, or an embedded database that Spring
	 * Boot names itself)
	 */
	static @Nullable MigrationsLogin of(MigrationsProperties properties, Binder binder, ClassLoader classLoader) {
		if (StringUtils.hasText(properties.url())) {
			return new MigrationsLogin(properties.url(), properties.username(), properties.password());
		}
		MigrationsProperties.Connection named = StringUtils.hasText(properties.connection())
				? properties.connections().get(properties.connection()) : null;
		if (named != null) {
			return new MigrationsLogin(named.url(), named.username(), named.password());
		}
		DataSourceProperties dataSource = binder.bind("spring.datasource", DataSourceProperties.class).orElse(null);
		if (dataSource == null || !StringUtils.hasText(dataSource.getUrl())
				|| StringUtils.hasText(dataSource.getJndiName())) {
			return null;
		}
		try {
			dataSource.setBeanClassLoader(classLoader);
			dataSource.afterPropertiesSet();
			if (StringUtils.hasText(properties.username())) {
				return new MigrationsLogin(dataSource.determineUrl(), properties.username(), properties.password());
			}
			return new MigrationsLogin(dataSource.determineUrl(), dataSource.determineUsername(),
					dataSource.determinePassword());
		}
		catch (Exception ex) {
			// No driver for the URL, say: the data source bean reports it.
			return null;
		}
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

	/**
	 * Tell whether a data source connects with this login and nothing else that could
	 * change where its connections go.
	 * @param dataSource the data source
	 * @return whether its connections reach the same database, as the same user
	 */
	boolean isLoginOf(DataSource dataSource) {
		if (dataSource instanceof SimpleDriverDataSource simple) {
			return isLogin(simple.getUrl(), simple.getUsername(), simple.getPassword()) && simple.getCatalog() == null
					&& simple.getSchema() == null
					&& (simple.getConnectionProperties() == null || simple.getConnectionProperties().isEmpty());
		}
		return HIKARI_PRESENT && HikariLogin.isLoginOf(this, dataSource);
	}

	private boolean isLogin(@Nullable String url, @Nullable String username, @Nullable String password) {
		return this.url.equals(url) && Objects.equals(this.username, username)
				&& Objects.equals(this.password, password);
	}

	@Override
	public String toString() {
		return "MigrationsLogin[url=" + this.url + ", username=" + this.username + ", password="
				+ ((this.password != null) ? "******" : null) + "]";
	}

	/**
	 * The Hikari side, in a class of its own so that nothing loads Hikari's classes when
	 * the application does not have them.
	 */
	private static final class HikariLogin {

		static boolean isLoginOf(MigrationsLogin login, DataSource dataSource) {
			return dataSource instanceof HikariDataSource hikari
					&& login.isLogin(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword())
					&& hikari.getSchema() == null && hikari.getCatalog() == null
					&& hikari.getConnectionInitSql() == null && hikari.getDataSourceProperties().isEmpty()
					&& hikari.getDataSourceClassName() == null && hikari.getDataSource() == null
					&& hikari.getDataSourceJNDI() == null && hikari.getCredentialsProvider() == null
					&& hikari.getCredentialsProviderClassName() == null;
		}

	}

}
