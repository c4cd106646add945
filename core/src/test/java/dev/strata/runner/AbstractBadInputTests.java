package dev.strata.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import dev.strata.migration.Migration;
import dev.strata.runner.BlogMigrations.V1_CreateUsers;
import dev.strata.runner.BlogMigrations.V2_CreatePosts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every mistake of the {@linkplain BadInputCatalogue catalogue}, on a database with the
 * blog's first two migrations applied: the run ends in one exact message that names the
 * migration, table and column, and the schema and the history table are exactly as
 * before; where H2, which commits DDL, cannot undo raw SQL, the message says exactly what
 * stays applied and the history records the failure.
 */
abstract class AbstractBadInputTests {

	protected DataSource dataSource;

	protected abstract DataSource newDatabase();

	protected abstract String databaseName();

	@BeforeEach
	void createDatabase() {
		this.dataSource = newDatabase();
		new MigrationRunner(this.dataSource, List.of(new V1_CreateUsers(), new V2_CreatePosts()),
				RunnerSettings.defaults())
			.migrate();
	}

	static Stream<BadInput> cases() {
		return BadInputCatalogue.cases().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void mistakeEndsInOneExactMessageAndChangesNothing(BadInput input) {
		List<Migration> migrations = new ArrayList<>(List.of(new V1_CreateUsers(), new V2_CreatePosts()));
		migrations.addAll(input.applied());
		if (!input.applied().isEmpty()) {
			new MigrationRunner(this.dataSource, migrations, RunnerSettings.defaults()).migrate();
		}
		List<String> before = SchemaDump.of(this.dataSource);
		migrations.addAll(input.migrations());
		MigrationException failure = catchThrowableOfType(MigrationException.class,
				() -> new MigrationRunner(this.dataSource, migrations, RunnerSettings.defaults()).migrate());
		assertThat(failure).as(input.mistake()).isNotNull();
		System.out.println(
				"CASE " + databaseName() + " | " + input.mistake() + " | " + failure.getMessage().replace("\n", "\\n"));
		assertThat(failure.getMessage()).isEqualTo(input.expected(databaseName()));
		if (failure.getMessage().contains("Strata could not undo everything")) {
			// H2 commits DDL and cannot undo raw SQL: the message lists what stays
			// applied, and the history records the failure so that runs stop until it
			// is resolved
			assertThat(databaseName()).isEqualTo("H2");
			List<String> history = SchemaDump.history(this.dataSource);
			assertThat(history.subList(0, history.size() - 1))
				.isEqualTo(before.stream().filter((line) -> line.startsWith("history")).toList());
			assertThat(history.get(history.size() - 1)).contains("success=false");
		}
		else {
			assertThat(SchemaDump.of(this.dataSource)).isEqualTo(before);
		}
	}

}
