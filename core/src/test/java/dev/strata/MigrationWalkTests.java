package dev.strata;

import java.util.List;

import javax.sql.DataSource;

import dev.strata.migration.Migration;
import dev.strata.migration.Schema;
import dev.strata.runner.RunnerSettings;
import dev.strata.testing.TestH2;
import dev.strata.testing.TestPostgres;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class MigrationWalkTests {

	private static final List<Migration> REVERSIBLE = List.of(new V1_CreateUsers(), new V2_ReshapeUsers());

	@Test
	void walksReversibleMigrationsOnH2() {
		MigrationWalk.assertReversible(TestH2.newDatabase(), REVERSIBLE);
	}

	@Test
	void walksReversibleMigrationsOnPostgres() {
		MigrationWalk.assertReversible(TestPostgres.newDatabase(), REVERSIBLE);
	}

	@Test
	void reportsADownThatForgetsAnIndex() {
		DataSource dataSource = TestH2.newDatabase();
		List<Migration> migrations = List.of(new V1_CreateUsers(), new V2_ReshapeUsers(), new V3_ForgetfulDown());
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> MigrationWalk.assertReversible(dataSource, migrations))
			.withMessageContaining("After rolling back [V3_ForgetfulDown] the schema is not what it was:")
			.withMessageContaining("table [users] indexes differ:")
			.withMessageContaining("unexpected: users_nickname_idx [nickname]");
	}

	@Test
	void reportsAMigrationThatCannotBeRolledBack() {
		List<String> problems = MigrationWalk.walk(TestH2.newDatabase(), List.of(new V1_CreateUsers(), new V3_RawSql()),
				RunnerSettings.defaults());
		assertThat(problems).singleElement().asString().contains("Migration [V3_RawSql] does not override down()");
	}

	@Test
	void refusesADatabaseWhereMigrationsAreApplied() {
		DataSource dataSource = TestH2.newDatabase();
		Strata.builder(dataSource).migrations(REVERSIBLE).build().migrate();
		assertThatIllegalStateException().isThrownBy(() -> MigrationWalk.assertReversible(dataSource, REVERSIBLE))
			.withMessageContaining("version 2 is");
	}

	static final class V1_CreateUsers implements Migration {

		@Override
		public void up(Schema schema) {
			schema.create("users", (table) -> {
				table.increments("id");
				table.string("email").unique();
				table.string("name", 100).nullable().defaultValue("anonymous");
				table.decimal("balance", 10, 2).defaultValue(0);
			});
		}

	}

	static final class V2_ReshapeUsers implements Migration {

		@Override
		public void up(Schema schema) {
			schema.table("users", (table) -> {
				table.string("nickname", 40).nullable();
				table.renameColumn("email", "email_address");
				table.dropColumn("name");
				table.string("balance", 20).change();
			});
		}

	}

	static final class V3_ForgetfulDown implements Migration {

		@Override
		public void up(Schema schema) {
			schema.table("users", (table) -> table.index("nickname"));
		}

		@Override
		public void down(Schema schema) {
		}

	}

	static final class V3_RawSql implements Migration {

		@Override
		public void up(Schema schema) {
			schema.sql("insert into users (email, name) values ('ada@example.com', 'Ada')");
		}

	}

}
