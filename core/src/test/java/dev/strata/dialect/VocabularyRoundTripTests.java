package dev.strata.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import javax.sql.DataSource;

import dev.strata.dialect.h2.H2Dialect;
import dev.strata.dialect.postgresql.PostgresDialect;
import dev.strata.diff.Difference;
import dev.strata.diff.SchemaDiffer;
import dev.strata.migration.Schema;
import dev.strata.model.SchemaSnapshot;
import dev.strata.operation.SchemaOperation;
import dev.strata.operation.SnapshotProjector;
import dev.strata.testing.TestH2;
import dev.strata.testing.TestPostgres;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every operation of the DSL on a real database and demands, after every step, that
 * the catalog read back from the database equals the schema the projector replayed.
 */
class VocabularyRoundTripTests {

	@Test
	void everyOperationBuildsWhatTheReplayPredictsOnPostgres() throws SQLException {
		walk(TestPostgres.newDatabase(), new PostgresDialect());
	}

	@Test
	void everyOperationBuildsWhatTheReplayPredictsOnH2() throws SQLException {
		walk(TestH2.newDatabase(), new H2Dialect());
	}

	private static void walk(DataSource dataSource, Dialect dialect) throws SQLException {
		SchemaDiffer differ = new SchemaDiffer(dialect);
		try (Connection connection = dataSource.getConnection()) {
			SchemaSnapshot replayed = SchemaSnapshot.empty();
			int step = 0;
			for (Consumer<Schema> migration : VocabularyWalk.steps()) {
				step++;
				Schema schema = new Schema();
				migration.accept(schema);
				for (SchemaOperation operation : schema.operations()) {
					for (String sql : dialect.statements(operation, replayed)) {
						try (Statement statement = connection.createStatement()) {
							statement.execute(sql);
						}
					}
					replayed = SnapshotProjector.apply(replayed, operation);
				}
				SchemaSnapshot catalog = dialect.catalogReader().read(connection, Set.of());
				List<Difference> differences = differ.diff(catalog, replayed).differences();
				assertThat(differences).as("step %d on %s:%n%s", step, dialect.name(), catalog).isEmpty();
				assertThat(differ.diff(replayed, catalog).differences()).as("step %d reversed", step).isEmpty();
			}
		}
	}

}
