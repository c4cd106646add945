package dev.strata.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.ClassUtils;

/**
 * The login a data source must connect with for the Strata bean to be given the
 * {@linkplain EarlyHistoryCheck early check}, told from what the data source says of
 * itself: only a {@link SimpleDriverDataSource} or a {@link HikariDataSource} (those very
 * classes: a subclass may connect otherwise) with the same URL, user and password, and
 * nothing else that could change where its connections go (a schema, a catalog, an init
 * SQL, driver properties, a data source or credentials provider of its own). The password
 * is kept as a SHA-256 digest, not as it is, for as long as the context lives.
 */
final class ExpectedLogin {

	private static final boolean HIKARI_PRESENT = ClassUtils.isPresent("com.zaxxer.hikari.HikariDataSource",
			ExpectedLogin.class.getClassLoader());

	private final String url;

	private final @Nullable String username;

	private final byte @Nullable [] passwordDigest;

	ExpectedLogin(MigrationsLogin login) {
		this.url = login.url();
		this.username = login.username();
		this.passwordDigest = digest(login.password());
	}

	/**
	 * Tell whether a data source connects with this login and nothing else that could
	 * change where its connections go.
	 * @param dataSource the data source
	 * @return whether its connections reach the same database, as the same user
	 */
	boolean isLoginOf(DataSource dataSource) {
		if (dataSource.getClass() == SimpleDriverDataSource.class) {
			SimpleDriverDataSource simple = (SimpleDriverDataSource) dataSource;
			return isLogin(simple.getUrl(), simple.getUsername(), simple.getPassword()) && simple.getCatalog() == null
					&& simple.getSchema() == null
					&& (simple.getConnectionProperties() == null || simple.getConnectionProperties().isEmpty());
		}
		return HIKARI_PRESENT && Hikari.isLoginOf(this, dataSource);
	}

	private boolean isLogin(@Nullable String url, @Nullable String username, @Nullable String password) {
		return this.url.equals(url) && Objects.equals(this.username, username)
				&& Arrays.equals(this.passwordDigest, digest(password));
	}

	private static byte @Nullable [] digest(@Nullable String password) {
		if (password == null) {
			return null;
		}
		try {
			return MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public String toString() {
		return "[url=" + this.url + ", username=" + this.username + "]";
	}

	/**
	 * The Hikari side, in a class of its own so that nothing loads Hikari's classes when
	 * the application does not have them.
	 */
	private static final class Hikari {

		static boolean isLoginOf(ExpectedLogin login, DataSource dataSource) {
			if (dataSource.getClass() != HikariDataSource.class) {
				return false;
			}
			HikariDataSource hikari = (HikariDataSource) dataSource;
			return login.isLogin(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword())
					&& hikari.getSchema() == null && hikari.getCatalog() == null
					&& hikari.getConnectionInitSql() == null && hikari.getDataSourceProperties().isEmpty()
					&& hikari.getDataSourceClassName() == null && hikari.getDataSource() == null
					&& hikari.getDataSourceJNDI() == null && hikari.getCredentialsProvider() == null
					&& hikari.getCredentialsProviderClassName() == null;
		}

	}

}
