package dev.strata;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import dev.strata.diff.Renames;
import dev.strata.entity.EntityMetadataBuilder;
import dev.strata.entity.HibernateEntityReader;
import dev.strata.entity.OfflineMetadata;
import dev.strata.migration.Migration;
import dev.strata.testing.InMemoryJavaCompiler;
import dev.strata.testing.TestH2;
import dev.strata.testing.TestPostgres;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changes a migrated database by hand, behind the migrations' back, and demands that
 * validation reports each change precisely, and nothing else.
 */
class DriftTests {

	private static final List<Class<?>> MODEL = List.of(dev.strata.evolution.v3.Author.class,
			dev.strata.evolution.v3.Book.class, dev.strata.evolution.v3.Tag.class);

	@Test
	void handMadeChangesAreReportedOnPostgres() throws SQLException {
		drift(EntityMetadataBuilder.forDatabase("PostgreSQL", "15.4"), TestPostgres.newDatabase(),
				"alter table authors alter column name type varchar(50)");
	}

	@Test
	void handMadeChangesAreReportedOnH2() throws SQLException {
		drift(EntityMetadataBuilder.forDatabase("H2", "2.4.240"), TestH2.newDatabase(),
				"alter table authors alter column name set data type varchar(50)");
	}

	private void drift(EntityMetadataBuilder builder, DataSource dataSource, String narrowName) throws SQLException {
		builder.classes(MODEL.toArray(Class<?>[]::new));
		try (OfflineMetadata metadata = builder.build()) {
			EntitySource entities = (dialect) -> Optional
				.of(new HibernateEntityReader().read(metadata.metadata(), dialect));
			Strata empty = Strata.builder(dataSource).entities(entities).build();
			List<Migration> migrations = List.copyOf(
					InMemoryJavaCompiler.compile(List.of(empty.generate(null, Renames.none()).migration())).values());
			Strata strata = Strata.builder(dataSource).migrations(migrations).entities(entities).build();
			strata.migrate();
			assertThat(strata.validateDatabase().valid()).isTrue();
			try (Connection connection = dataSource.getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute(narrowName);
				statement.execute("alter table tags drop constraint tags_label_key");
				statement.execute("alter table books add column isbn varchar(13)");
			}
			Validation validation = strata.validateDatabase();
			assertThat(validation.problems()).extracting(ValidationProblem::source)
				.containsOnly(ProblemSource.DATABASE);
			assertThat(validation.problems()).extracting(ValidationProblem::message)
				.containsExactlyInAnyOrder("Column [authors.name] has type varchar(50), expected varchar(80)",
						"Unique constraint on [label] of table [tags] is missing",
						"Column [books.isbn] exists but is not expected");
			assertThat(strata.validate().from(ProblemSource.MIGRATIONS)).isEmpty();
		}
	}

}
