package dev.strata;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.runner.MigrationException;
import org.jspecify.annotations.Nullable;

/**
 * The dialect of a {@link Strata}'s database: the configured one, or detected on a
 * connection on first use, once. A caller that arrives while another thread detects it
 * waits for that detection; if that one fails, the caller fails with the same error
 * rather than connecting again, so that a database slow to refuse is waited for once (a
 * run waiting for the {@linkplain Strata#prepareInBackground(boolean) background
 * connection}, say). A caller that arrives after a failure connects again.
 */
final class DialectDetection {

	private final DataSource dataSource;

	private volatile @Nullable Dialect dialect;

	private final Object lock = new Object();

	private @Nullable SQLException lastFailure;

	private long lastFailureNanos;

	DialectDetection(DataSource dataSource, @Nullable Dialect configured) {
		this.dataSource = dataSource;
		this.dialect = configured;
	}

	Dialect get() {
		Dialect known = this.dialect;
		if (known != null) {
			return known;
		}
		long askedNanos = System.nanoTime();
		synchronized (this.lock) {
			known = this.dialect;
			if (known != null) {
				return known;
			}
			SQLException failedMeanwhile = this.lastFailure;
			if (failedMeanwhile != null && this.lastFailureNanos - askedNanos >= 0) {
				throw cannotConnect(failedMeanwhile);
			}
			try (Connection connection = this.dataSource.getConnection()) {
				Dialect detected = Dialects.detect(connection);
				this.dialect = detected;
				this.lastFailure = null;
				return detected;
			}
			catch (SQLException ex) {
				this.lastFailure = ex;
				this.lastFailureNanos = System.nanoTime();
				throw cannotConnect(ex);
			}
		}
	}

	private static MigrationException cannotConnect(SQLException ex) {
		return new MigrationException("Cannot connect to the database: " + ex.getMessage(), null, null, null, null,
				null, ex);
	}

}
