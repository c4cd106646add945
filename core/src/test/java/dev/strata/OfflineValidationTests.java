package dev.strata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.strata.dialect.h2.H2Dialect;
import dev.strata.diff.Renames;
import dev.strata.entity.EntityMetadataBuilder;
import dev.strata.entity.HibernateEntityReader;
import dev.strata.entity.OfflineMetadata;
import dev.strata.entity.model.EntityModel;
import dev.strata.migration.Migration;
import dev.strata.runner.MigrationException;
import dev.strata.testing.InMemoryJavaCompiler;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
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

	@Test
	void saysThatAnOfflineStrataHasNoDatabaseWhenAskedToMigrate() {
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> strata(List.of(), EntitySource.NONE).migrate())
			.withMessageContaining("This Strata works without a database (Strata.offline)");
	}

	private static Strata strata(List<Migration> migrations, EntitySource entities) {
		return Strata.offline(new H2Dialect())
			.migrations(migrations)
			.entities(entities)
			.migrationsPackage("dev.strata.generated")
			.build();
	}

}
