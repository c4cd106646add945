package dev.strata;

import java.util.List;

import dev.strata.migration.Migration;
import dev.strata.migration.Schema;
import dev.strata.runner.MigrationException;
import dev.strata.runner.RollbackTarget;
import dev.strata.testing.TestH2;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link Strata#runCount()} moves on with every migrate and rollback run that ends,
 * failed or not, and with nothing that only reads.
 */
class StrataRunCountTests {

	@Test
	void countsEndedMigrateAndRollbackRunsOnly() {
		Strata strata = Strata.builder(TestH2.newDatabase()).migrations(List.of(new V1_CreateNotes())).build();
		assertThat(strata.runCount()).isZero();
		strata.status();
		strata.migrateScript();
		strata.validateDatabase();
		assertThat(strata.runCount()).as("reading counts nothing").isZero();
		strata.migrate();
		assertThat(strata.runCount()).isEqualTo(1);
		strata.migrate();
		assertThat(strata.runCount()).as("a run that applies nothing still ends").isEqualTo(2);
		strata.rollback(RollbackTarget.steps(1));
		assertThat(strata.runCount()).isEqualTo(3);
	}

	@Test
	void countsAFailedRun() {
		Strata strata = Strata.builder(TestH2.newDatabase()).migrations(List.of(new V1_Broken())).build();
		assertThatExceptionOfType(MigrationException.class).isThrownBy(strata::migrate);
		assertThat(strata.runCount()).isEqualTo(1);
	}

	static final class V1_Broken implements Migration {

		@Override
		public void up(Schema schema) {
			schema.sql("insert into no_such_table values (1)");
		}

	}

}
