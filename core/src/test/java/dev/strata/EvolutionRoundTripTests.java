package dev.strata;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import dev.strata.codegen.GeneratedMigration;
import dev.strata.diff.Renames;
import dev.strata.entity.EntityMetadataBuilder;
import dev.strata.entity.HibernateEntityReader;
import dev.strata.entity.OfflineMetadata;
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
 * Evolves a model step by step (add and drop columns and tables, widen and narrow, change
 * nullability, change an enumeration, rename with confirmation, add and drop relations),
 * generating, compiling and applying a migration at each step on a database that holds
 * rows, and demands after each step what a user would: Hibernate's validation passes, the
 * catalog equals the one Hibernate creates for that version, generating again gives
 * nothing, and renamed data survives.
 */
class EvolutionRoundTripTests {

	private static final List<Step> STEPS = List.of(
			new Step(List.of(dev.strata.evolution.v1.Author.class, dev.strata.evolution.v1.Book.class), ""),
			new Step(List.of(dev.strata.evolution.v2.Author.class, dev.strata.evolution.v2.Book.class,
					dev.strata.evolution.v2.Tag.class), ""),
			new Step(List.of(dev.strata.evolution.v3.Author.class, dev.strata.evolution.v3.Book.class,
					dev.strata.evolution.v3.Tag.class), ""),
			new Step(List.of(dev.strata.evolution.v4.Author.class, dev.strata.evolution.v4.Book.class,
					dev.strata.evolution.v4.Tag.class), "authors.nickname:alias"),
			new Step(List.of(dev.strata.evolution.v5.Author.class, dev.strata.evolution.v5.Book.class), ""));

	@Test
	void everyStepBuildsHibernatesSchemaOnPostgres() throws SQLException {
		evolve(() -> EntityMetadataBuilder.forDatabase("PostgreSQL", "15.4"), TestPostgres::newDatabase);
	}

	@Test
	void everyStepBuildsHibernatesSchemaOnH2() throws SQLException {
		evolve(() -> EntityMetadataBuilder.forDatabase("H2", "2.4.240"), TestH2::newDatabase);
	}

	private void evolve(Supplier<EntityMetadataBuilder> builders, Supplier<DataSource> databases) throws SQLException {
		DataSource migrated = databases.get();
		List<Migration> migrations = new ArrayList<>();
		for (int version = 1; version <= STEPS.size(); version++) {
			Step step = STEPS.get(version - 1);
			EntityMetadataBuilder builder = builders.get().classes(step.classes().toArray(Class<?>[]::new));
			try (OfflineMetadata metadata = builder.build()) {
				EntitySource entities = (dialect) -> Optional
					.of(new HibernateEntityReader().read(metadata.metadata(), dialect));
				Generation generation = strata(migrated, migrations, entities).generate("step " + version,
						Renames.parse(step.renames()));
				assertThat(generation.upToDate()).as("step %d generates something", version).isFalse();
				GeneratedMigration migration = generation.migration();
				migrations.addAll(InMemoryJavaCompiler.compile(List.of(migration)).values());
				Strata strata = strata(migrated, migrations, entities);
				strata.migrate();
				String context = "step " + version + ":\n" + migration.source();
				assertThat(strata.generate(null, Renames.none()).upToDate()).as(context).isTrue();
				assertThat(strata.validate().problems()).as(context).isEmpty();
				HibernateSchemaValidation.validate(builder, step.classes(), migrated);
				DataSource fresh = databases.get();
				execute(fresh, HibernateCreateScript.ofSessionFactory(builder, step.classes()));
				assertThat(CatalogDifferences.between(catalog(strata, migrated), catalog(strata, fresh), false))
					.as(context)
					.isEmpty();
				afterStep(version, migrated);
			}
		}
	}

	private static void afterStep(int version, DataSource dataSource) throws SQLException {
		if (version == 2) {
			execute(dataSource,
					List.of("insert into authors (name, email, nickname) values ('Ada', 'ada@example.com', 'ace')",
							"insert into books (id, title, status) values (1, 'Notes', 'PUBLISHED')"));
		}
		if (version == 4) {
			try (Connection connection = dataSource.getConnection();
					Statement statement = connection.createStatement();
					ResultSet result = statement.executeQuery("select alias from authors")) {
				assertThat(result.next()).isTrue();
				assertThat(result.getString(1)).as("the rename kept the data").isEqualTo("ace");
			}
		}
	}

	private static Strata strata(DataSource dataSource, List<Migration> migrations, EntitySource entities) {
		return Strata.builder(dataSource)
			.migrations(migrations)
			.entities(entities)
			.migrationsPackage("dev.strata.evolution.migrations")
			.build();
	}

	private static void execute(DataSource dataSource, List<String> statements) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private static SchemaSnapshot catalog(Strata strata, DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			return strata.dialect()
				.catalogReader()
				.read(connection, Set.of("strata_schema_history", "strata_schema_history_lock"));
		}
	}

	private record Step(List<Class<?>> classes, String renames) {

	}

}
