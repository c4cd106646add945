package dev.strata.runner;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import dev.strata.migration.Migration;
import dev.strata.runner.BlogMigrations.Edited;
import dev.strata.runner.BlogMigrations.V1_CreateUsers;
import dev.strata.runner.BlogMigrations.V2_CreatePosts;
import dev.strata.runner.BlogMigrations.V3_SeedUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A history that disagrees with the migrations or was not written by Strata is detected
 * before anything runs, and {@code migrations.repair} is the documented way out of a
 * deliberate edit or removal.
 */
abstract class AbstractHistoryIntegrityTests {

	protected DataSource dataSource;

	protected abstract DataSource newDatabase();

	@BeforeEach
	void createDatabase() {
		this.dataSource = newDatabase();
	}

	private MigrateResult migrate(RunnerSettings settings, Migration... migrations) {
		return new MigrationRunner(this.dataSource, List.of(migrations), settings).migrate();
	}

	private MigrateResult migrate(Migration... migrations) {
		return migrate(RunnerSettings.defaults(), migrations);
	}

	private MigrationStatusReport status(Migration... migrations) {
		return new MigrationRunner(this.dataSource, List.of(migrations), RunnerSettings.defaults()).status();
	}

	protected void execute(String... statements) {
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

	/**
	 * The schema and history, without H2's lock table, which the first run creates and
	 * keeps: it is how runs take turns.
	 */
	private List<String> schema() {
		return SchemaDump.of(this.dataSource)
			.stream()
			.filter((line) -> !line.contains(HistoryTable.DEFAULT_NAME + "_lock"))
			.toList();
	}

	@Test
	void changedMigrationSaysHowToAcceptADeliberateEdit() {
		migrate(new V1_CreateUsers());
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> migrate(new Edited.V1_CreateUsers(), new V2_CreatePosts()))
			.withMessageContaining("undo the edit and make the change in a new migration. If the edit was "
					+ "deliberate and the database already has what the migration now describes, start once with "
					+ "migrations.repair=true to record the new checksum")
			.withMessageEndingWith("Nothing was run.");
	}

	@Test
	void repairRecordsTheNewChecksumOfAChangedMigrationThenMigrates() {
		migrate(new V1_CreateUsers());
		String applied = status(new V1_CreateUsers()).migrations().get(0).checksum();
		MigrateResult result = migrate(RunnerSettings.defaults().withRepair(true), new Edited.V1_CreateUsers(),
				new V2_CreatePosts());
		assertThat(result.applied()).extracting(AppliedMigration::version).containsExactly(2L);
		List<String> history = SchemaDump.history(this.dataSource);
		assertThat(history).hasSize(3);
		String edited = status(new Edited.V1_CreateUsers()).migrations().get(0).checksum();
		assertThat(history.get(0)).contains("version=1", "type=MIGRATE", "checksum=" + applied);
		assertThat(history.get(1)).contains("installed_rank=2", "version=1", "type=REPAIR", "checksum=" + edited,
				"success=true");
		assertThat(history.get(2)).contains("installed_rank=3", "version=2", "type=MIGRATE");
		assertThat(status(new Edited.V1_CreateUsers(), new V2_CreatePosts()).isUpToDate()).isTrue();
		assertThat(migrate(new Edited.V1_CreateUsers(), new V2_CreatePosts()).isUpToDate()).isTrue();
	}

	@Test
	void repairMarksAMissingMigrationAsDeletedAndKeepsItsSchema() {
		migrate(new V1_CreateUsers(), new V2_CreatePosts());
		List<String> schemaBefore = schema().stream().filter((line) -> !line.startsWith("history")).toList();
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> migrate(new V1_CreateUsers(), new V3_SeedUsers()))
			.withMessageContaining("If it was removed on purpose, start once with migrations.repair=true to mark it "
					+ "as deleted in the history");
		MigrateResult result = migrate(RunnerSettings.defaults().withRepair(true), new V1_CreateUsers(),
				new V3_SeedUsers());
		assertThat(result.applied()).extracting(AppliedMigration::version).containsExactly(3L);
		assertThat(SchemaDump.history(this.dataSource).get(2)).contains("installed_rank=3", "version=2", "type=DELETE",
				"class_name=" + V2_CreatePosts.class.getName());
		assertThat(schema()).containsAll(schemaBefore);
		MigrationStatusReport report = status(new V1_CreateUsers(), new V3_SeedUsers());
		assertThat(report.migrations()).extracting(MigrationStatus::version).containsExactly(1L, 3L);
		assertThat(report.isUpToDate()).isTrue();
	}

	@Test
	void repairWithNothingToRepairWritesNothing() {
		migrate(new V1_CreateUsers());
		List<String> before = schema();
		assertThat(migrate(RunnerSettings.defaults().withRepair(true), new V1_CreateUsers()).isUpToDate()).isTrue();
		assertThat(schema()).isEqualTo(before);
	}

	@Test
	void repairWritesNothingWhenTheRunIsRefusedForAnotherReason() {
		migrate(new V1_CreateUsers(), new V3_SeedUsers());
		List<String> before = schema();
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> migrate(RunnerSettings.defaults().withRepair(true), new Edited.V1_CreateUsers(),
					new V2_CreatePosts(), new V3_SeedUsers()))
			.withMessageContaining("Migration [V2_CreatePosts] has version 2, below version 3");
		assertThat(schema()).isEqualTo(before);
	}

	@Test
	void historyTableOfAnotherToolIsRefusedNamingTheMissingColumns() {
		execute("create table strata_schema_history (installed_rank integer not null primary key, "
				+ "version varchar(50), description varchar(200) not null, type varchar(20) not null, "
				+ "script varchar(1000) not null, checksum integer, installed_by varchar(100) not null, "
				+ "installed_on timestamp not null, execution_time integer not null, success boolean not null)");
		List<String> before = schema();
		assertThatExceptionOfType(MigrationException.class).isThrownBy(() -> migrate(new V1_CreateUsers()))
			.withMessage("The history table [strata_schema_history] exists but was not created by Strata: it has no "
					+ "column [class_name], [execution_ms], [error_message] (Strata's history table has the columns "
					+ "installed_rank, version, description, type, class_name, checksum, installed_by, installed_on, "
					+ "execution_ms, success, error_message). Another tool may use this name. Set migrations.table to "
					+ "a name of Strata's own, or move that table out of the way. Nothing was run.");
		assertThatExceptionOfType(MigrationException.class).isThrownBy(() -> status(new V1_CreateUsers()))
			.withMessageContaining("exists but was not created by Strata");
		assertThat(schema()).isEqualTo(before);
	}

	@Test
	void garbageRowsInTheHistoryAreRefusedOneByOne() {
		migrate(new V1_CreateUsers());
		execute("insert into strata_schema_history values (2, 2, 'create posts', 'UPGRADE', 'x.V2', null, 'eve', "
				+ "current_timestamp, 0, true, null)",
				"insert into strata_schema_history values (3, -7, 'whatever', 'MIGRATE', 'x.V7', null, 'eve', "
						+ "current_timestamp, 0, true, null)");
		List<String> before = schema();
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> migrate(new V1_CreateUsers(), new V2_CreatePosts()))
			.withMessage("The history table [strata_schema_history] has 2 row(s) that Strata did not write and "
					+ "cannot trust:\n  - installed_rank 2 (version 2): type [UPGRADE] is not one of MIGRATE, ROLLBACK, "
					+ "BASELINE, REPAIR, DELETE\n  - installed_rank 3 (version -7): version [-7] is negative\n"
					+ "Something other than Strata wrote to it, or it was edited by hand. Correct or delete these rows "
					+ "so that the table only holds what Strata recorded (or point migrations.table at a table of its "
					+ "own), then start again. Nothing was run.");
		assertThat(schema()).isEqualTo(before);
	}

	@Test
	void historyWrittenWithoutConstraintsIsCheckedForNullsTypesAndDuplicateRanks() {
		execute("create table strata_schema_history (installed_rank integer, version varchar(20), "
				+ "description varchar(200), type varchar(20), class_name varchar(1000), checksum varchar(64), "
				+ "installed_by varchar(100), installed_on timestamp with time zone, execution_ms bigint, "
				+ "success boolean, error_message varchar(1000))",
				"insert into strata_schema_history values (1, '1', 'create users', 'MIGRATE', 'x.V1', null, 'eve', "
						+ "current_timestamp, 0, true, null)",
				"insert into strata_schema_history values (1, '2', 'create posts', 'MIGRATE', 'x.V2', null, 'eve', "
						+ "current_timestamp, 0, true, null)",
				"insert into strata_schema_history values (3, 'three', 'seed', 'MIGRATE', 'x.V3', null, null, "
						+ "null, 0, true, null)");
		List<String> before = schema();
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> migrate(new V1_CreateUsers(), new V2_CreatePosts()))
			.withMessageStartingWith("The history table [strata_schema_history] has 2 row(s) that Strata did not "
					+ "write and cannot trust:\n  - installed_rank 1 (version 2): another row has the same "
					+ "installed_rank\n  - installed_rank 3: version [three] cannot be read as Strata writes it (")
			.withMessageContaining("; installed_by is null; installed_on is null\n")
			.withMessageEndingWith("Nothing was run.");
		assertThat(schema()).isEqualTo(before);
	}

}
