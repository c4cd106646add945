package dev.strata;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import javax.sql.DataSource;

import dev.strata.dialect.h2.H2Dialect;
import dev.strata.diff.Renames;
import dev.strata.entity.EntityMetadataBuilder;
import dev.strata.entity.HibernateEntityReader;
import dev.strata.entity.OfflineMetadata;
import dev.strata.entity.model.EntityModel;
import dev.strata.migration.Migration;
import dev.strata.testing.InMemoryJavaCompiler;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Validating the migrations against the entities needs no database: a build step or a
 * command line can run it with only the dialect known.
 */
class OfflineValidationTests {

	@Test
	void validatesTheMigrationsWithoutConnectingToTheDatabase() {
		try (OfflineMetadata metadata = EntityMetadataBuilder.forDatabase("H2", "2.4.240")
			.classes(EntityModel.CLASSES.toArray(Class<?>[]::new))
			.build()) {
			EntitySource entities = (dialect) -> Optional
				.of(new HibernateEntityReader().read(metadata.metadata(), dialect));
			List<Migration> migrations = new ArrayList<>();
			Validation before = strata(migrations, entities).validateMigrations();
			assertThat(before.valid()).isFalse();
			assertThat(before.problems())
				.allSatisfy((problem) -> assertThat(problem.source()).isEqualTo(ProblemSource.MIGRATIONS));
			Generation generation = strata(migrations, entities).generate(null, Renames.none());
			migrations.addAll(InMemoryJavaCompiler.compile(List.of(generation.migration())).values());
			assertThat(strata(migrations, entities).validateMigrations().problems()).isEmpty();
		}
	}

	@Test
	void refusesWhenTheEntitiesAreNotKnown() {
		assertThatIllegalStateException().isThrownBy(() -> strata(List.of(), EntitySource.NONE).validateMigrations())
			.withMessageContaining("entities are not known");
	}

	private static Strata strata(List<Migration> migrations, EntitySource entities) {
		return Strata.builder(new NoDatabase())
			.dialect(new H2Dialect())
			.migrations(migrations)
			.entities(entities)
			.migrationsPackage("dev.strata.generated")
			.build();
	}

	/**
	 * A data source that fails every connection, so that a test touching the database
	 * fails.
	 */
	private static final class NoDatabase implements DataSource {

		@Override
		public Connection getConnection() throws SQLException {
			throw new SQLException("No database in this test");
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			throw new SQLException("No database in this test");
		}

		@Override
		public PrintWriter getLogWriter() {
			return new PrintWriter(System.err);
		}

		@Override
		public void setLogWriter(PrintWriter out) {
		}

		@Override
		public void setLoginTimeout(int seconds) {
		}

		@Override
		public int getLoginTimeout() {
			return 0;
		}

		@Override
		public Logger getParentLogger() throws SQLFeatureNotSupportedException {
			throw new SQLFeatureNotSupportedException();
		}

		@Override
		public <T> T unwrap(Class<T> type) throws SQLException {
			throw new SQLException("Not a wrapper");
		}

		@Override
		public boolean isWrapperFor(Class<?> type) {
			return false;
		}

	}

}
