package dev.strata.runner;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import dev.strata.migration.Migration;
import dev.strata.runner.BlogMigrations.V1_CreateUsers;
import dev.strata.runner.BlogMigrations.V2_CreatePosts;
import dev.strata.runner.BlogMigrations.V3_SeedUsers;
import dev.strata.runner.BlogMigrations.V4_CreateTags;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Adopting a database that has tables but no history: refused unless a baseline version
 * is set, and then only when the live schema is what the migrations up to that version
 * build.
 */
abstract class AbstractBaselineTests {

	private static final String OTHER_HISTORY = "built_elsewhere";

	protected DataSource dataSource;

	protected abstract DataSource newDatabase();

	@BeforeEach
	void createDatabase() {
		this.dataSource = newDatabase();
	}

	private MigrateResult migrate(RunnerSettings settings, Migration... migrations) {
		return new MigrationRunner(this.dataSource, List.of(migrations), settings).migrate();
	}

	/**
	 * Build a schema as an existing application would have it: by the given migrations,
	 * then without any history, as if made by hand or by {@code ddl-auto=update}.
	 */
	private void existingSchema(Migration... migrations) {
		migrate(RunnerSettings.defaults().withTable(OTHER_HISTORY), migrations);
		execute("drop table " + OTHER_HISTORY);
		try {
			execute("drop table " + OTHER_HISTORY + "_lock");
		}
		catch (IllegalStateException ex) {
			// PostgreSQL locks without a table
		}
	}

	private void execute(String... statements) {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<String> schema() {
		return SchemaDump.of(this.dataSource)
			.stream()
			.filter((line) -> !line.contains(HistoryTable.DEFAULT_NAME + "_lock"))
			.toList();
	}

	@Test
	void existingTablesWithoutHistoryAreRefusedUnlessABaselineIsSet() {
		existingSchema(new V1_CreateUsers(), new V2_CreatePosts());
		List<String> before = schema();
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> migrate(RunnerSettings.defaults(), new V1_CreateUsers(), new V2_CreatePosts(),
					new V4_CreateTags()))
			.withMessage("The database already has 2 table(s) and 0 sequence(s) ([posts], [users]), but no history "
					+ "table [strata_schema_history]: Strata will not run migrations over a schema it did not build. "
					+ "If the schema is what your migrations up to some version build (for example an initial "
					+ "migration generated from the entities), set migrations.baseline-version to that version: "
					+ "Strata then checks that the schema matches, records those migrations as applied and runs the "
					+ "ones above it. If this is the wrong database, or the history table has another name, check "
					+ "migrations.url and migrations.table. Nothing was run.");
		assertThat(schema()).isEqualTo(before);
	}

	@Test
	void baselineRecordsTheMigrationsUpToItsVersionAndRunsTheOnesAbove() {
		existingSchema(new V1_CreateUsers(), new V2_CreatePosts());
		MigrateResult result = migrate(RunnerSettings.defaults().withBaselineVersion(2L), new V1_CreateUsers(),
				new V2_CreatePosts(), new V4_CreateTags());
		assertThat(result.applied()).extracting(AppliedMigration::version).containsExactly(4L);
		assertThat(result.currentVersion()).isEqualTo(4L);
		List<String> history = SchemaDump.history(this.dataSource);
		assertThat(history).hasSize(3);
		assertThat(history.get(0)).contains("installed_rank=1", "version=1", "type=BASELINE",
				"class_name=" + V1_CreateUsers.class.getName(), "success=true");
		assertThat(history.get(1)).contains("installed_rank=2", "version=2", "type=BASELINE");
		assertThat(history.get(2)).contains("installed_rank=3", "version=4", "type=MIGRATE");
		MigrationStatusReport report = new MigrationRunner(this.dataSource,
				List.of(new V1_CreateUsers(), new V2_CreatePosts(), new V4_CreateTags()), RunnerSettings.defaults())
			.status();
		assertThat(report.isUpToDate()).isTrue();
		DataSource expected = newDatabase();
		new MigrationRunner(expected, List.of(new V1_CreateUsers(), new V2_CreatePosts(), new V4_CreateTags()),
				RunnerSettings.defaults())
			.migrate();
		assertThat(catalog(this.dataSource)).isEqualTo(catalog(expected));
	}

	@Test
	void baselineIsRefusedWhenTheSchemaDiffersShowingTheDifferences() {
		existingSchema(new V1_CreateUsers(), new V2_CreatePosts());
		execute("alter table users add column nickname varchar(40)", "drop table posts");
		List<String> before = schema();
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> migrate(RunnerSettings.defaults().withBaselineVersion(2L), new V1_CreateUsers(),
					new V2_CreatePosts(), new V3_SeedUsers()))
			.withMessage("Cannot baseline the database at version 2: its schema differs from what the migrations up "
					+ "to version 2 (2 migration(s), the last [V2_CreatePosts]) build, in 2 way(s) (the database is "
					+ "described as it is, the migrations as expected):\n"
					+ "  - Column [users.nickname] exists but is not expected\n" + "  - Table [posts] is missing\n"
					+ "Make the migrations up to version 2 build exactly this schema (generate the initial migration "
					+ "from the entities, or from this list), or bring the database in line, or choose another "
					+ "migrations.baseline-version. Nothing was run.")
			.satisfies((ex) -> assertThat(ex.getVersion()).isEqualTo(2L));
		assertThat(schema()).isEqualTo(before);
	}

	@Test
	void baselineNamesMigrationsWhoseRawSqlItCannotReplay() {
		existingSchema(new V1_CreateUsers());
		execute("create table audit (id integer)");
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> migrate(RunnerSettings.defaults().withBaselineVersion(3L), new V1_CreateUsers(),
					new V3_SeedUsers(), new BlogMigrations.V5_RawThenFail()))
			.withMessageContaining("  - Table [audit] exists but is not expected\n")
			.withMessageContaining("Migrations [V3_SeedUsers] run raw SQL whose effect Strata cannot replay");
	}

	@Test
	void baselineVersionIsIgnoredOnAnEmptyDatabase() {
		MigrateResult result = migrate(RunnerSettings.defaults().withBaselineVersion(2L), new V1_CreateUsers(),
				new V2_CreatePosts(), new V4_CreateTags());
		assertThat(result.applied()).extracting(AppliedMigration::version).containsExactly(1L, 2L, 4L);
		assertThat(SchemaDump.history(this.dataSource)).allMatch((line) -> line.contains("type=MIGRATE"));
	}

	@Test
	void baselineVersionIsIgnoredOnceTheHistoryHasRows() {
		migrate(RunnerSettings.defaults(), new V1_CreateUsers());
		MigrateResult result = migrate(RunnerSettings.defaults().withBaselineVersion(2L), new V1_CreateUsers(),
				new V2_CreatePosts());
		assertThat(result.applied()).extracting(AppliedMigration::version).containsExactly(2L);
		assertThat(SchemaDump.history(this.dataSource)).allMatch((line) -> line.contains("type=MIGRATE"));
	}

	private static List<String> catalog(DataSource dataSource) {
		return SchemaDump.of(dataSource).stream().filter((line) -> line.startsWith("catalog ")).toList();
	}

}
