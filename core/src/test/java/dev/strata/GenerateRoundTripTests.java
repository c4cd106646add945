package dev.strata;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import dev.strata.codegen.GeneratedMigration;
import dev.strata.dialect.Dialect;
import dev.strata.diff.Renames;
import dev.strata.entity.EntityMetadataBuilder;
import dev.strata.entity.HibernateEntityReader;
import dev.strata.entity.OfflineMetadata;
import dev.strata.entity.model.EntityModel;
import dev.strata.migration.Migration;
import dev.strata.model.SchemaSnapshot;
import dev.strata.testing.HibernateCreateScript;
import dev.strata.testing.HibernateSchemaValidation;
import dev.strata.testing.InMemoryJavaCompiler;
import dev.strata.testing.TestH2;
import dev.strata.testing.TestPostgres;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generates the first migration of a model that uses every mapping, applies it, and
 * demands what a user would: Hibernate's own validation passes, the catalog equals the
 * one Hibernate's {@code ddl-auto=create} builds, and generating again gives nothing.
 */
class GenerateRoundTripTests {

	@Test
	void generatedMigrationBuildsHibernatesSchemaOnPostgres() throws SQLException {
		roundTrip(EntityMetadataBuilder.forDatabase("PostgreSQL", "15.4"), TestPostgres.newDatabase(),
				TestPostgres.newDatabase());
	}

	@Test
	void generatedMigrationBuildsHibernatesSchemaOnH2() throws SQLException {
		roundTrip(EntityMetadataBuilder.forDatabase("H2", "2.4.240"), TestH2.newDatabase(), TestH2.newDatabase());
	}

	private void roundTrip(EntityMetadataBuilder builder, DataSource migrated, DataSource hibernate)
			throws SQLException {
		builder.classes(EntityModel.CLASSES.toArray(Class<?>[]::new));
		try (OfflineMetadata metadata = builder.build()) {
			EntitySource entities = (dialect) -> Optional
				.of(new HibernateEntityReader().read(metadata.metadata(), dialect));
			List<Migration> migrations = new ArrayList<>();
			Generation first = strata(migrated, migrations, entities).generate(null, Renames.none());
			assertThat(first.upToDate()).isFalse();
			GeneratedMigration migration = first.migration();
			assertThat(migration.className()).isEqualTo("V00000001_Initial");
			migrations.addAll(compile(migration));
			Strata strata = strata(migrated, migrations, entities);
			strata.migrate();
			assertThat(strata.generate(null, Renames.none()).upToDate()).as(migration.source()).isTrue();
			assertThat(strata.validate().problems()).isEmpty();
			HibernateSchemaValidation.validate(builder, EntityModel.CLASSES, migrated);
			execute(hibernate, HibernateCreateScript.ofSessionFactory(builder, EntityModel.CLASSES));
			Dialect dialect = strata.dialect();
			SchemaSnapshot ours = catalog(dialect, migrated);
			SchemaSnapshot theirs = catalog(dialect, hibernate);
			assertThat(CatalogDifferences.between(theirs, ours, true)).as(migration.source()).isEmpty();
		}
	}

	private static Strata strata(DataSource dataSource, List<Migration> migrations, EntitySource entities) {
		return Strata.builder(dataSource)
			.migrations(migrations)
			.entities(entities)
			.migrationsPackage("dev.strata.generated")
			.build();
	}

	private static List<Migration> compile(GeneratedMigration migration) {
		Map<String, Migration> compiled = InMemoryJavaCompiler.compile(List.of(migration));
		return List.copyOf(compiled.values());
	}

	private static void execute(DataSource dataSource, List<String> statements) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private static SchemaSnapshot catalog(Dialect dialect, DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			return dialect.catalogReader()
				.read(connection, Set.of("strata_schema_history", "strata_schema_history_lock"));
		}
	}

}
