package dev.strata.runner;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.migration.Migration;
import dev.strata.runner.RollbackMigrations.V1_CreateUsers;
import dev.strata.runner.RollbackMigrations.V2_CreatePosts;
import dev.strata.runner.RollbackMigrations.V3_ReshapeUsers;
import dev.strata.runner.RollbackMigrations.V4_SeedUsers;
import dev.strata.runner.RollbackMigrations.V4_SeedUsersReversibly;
import dev.strata.runner.RollbackMigrations.V5_CreateTags;
import dev.strata.runner.RollbackMigrations.V5_DownOnNothing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Rollback behaviour every database must show. Subclasses supply fresh databases.
 */
abstract class AbstractMigrationRollbackTests {

	protected DataSource dataSource;

	protected abstract DataSource newDatabase();

	@BeforeEach
	void createDatabase() {
		this.dataSource = newDatabase();
	}

	protected MigrateResult migrate(Migration... migrations) {
		return new MigrationRunner(this.dataSource, List.of(migrations), RunnerSettings.defaults()).migrate();
	}

	protected RollbackResult rollback(RollbackTarget target, Migration... migrations) {
		return new MigrationRollback(this.dataSource, null, List.of(migrations), RunnerSettings.defaults())
			.rollback(target);
	}

	protected MigrationStatusReport status(Migration... migrations) {
		return new MigrationRunner(this.dataSource, List.of(migrations), RunnerSettings.defaults()).status();
	}

	@Test
	void anEditedMigrationBelowTheTargetStopsTheRollbackBeforeAnythingRuns() throws SQLException {
		migrate(new V1_CreateUsers(), new V2_CreatePosts());
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("update strata_schema_history set checksum = '0000000000000000' where version = 1");
		}
		List<String> before = SchemaDump.of(this.dataSource);
		List<String> history = SchemaDump.history(this.dataSource);
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> rollback(RollbackTarget.steps(1), new V1_CreateUsers(), new V2_CreatePosts()))
			.withMessageContaining("Migration [V1_CreateUsers] was edited after it was applied, so neither its down() "
					+ "nor the schema Strata replays to undo the migrations after it can be trusted")
			.withMessageContaining("migrations.repair=true");
		assertThat(SchemaDump.of(this.dataSource)).isEqualTo(before);
		assertThat(SchemaDump.history(this.dataSource)).isEqualTo(history);
	}

	@Test
	void rollsBackTheLastStepsHighestVersionFirstAndRecordsThem() {
		migrate(new V1_CreateUsers(), new V2_CreatePosts());
		List<String> afterFirst = SchemaDump.of(this.dataSource)
			.stream()
			.filter((line) -> !line.contains("history"))
			.toList();
		migrate(new V1_CreateUsers(), new V2_CreatePosts(), new V3_ReshapeUsers());
		RollbackResult result = rollback(RollbackTarget.steps(2), new V1_CreateUsers(), new V2_CreatePosts(),
				new V3_ReshapeUsers());
		assertThat(result.rolledBack()).extracting(RolledBackMigration::version).containsExactly(3L, 2L);
		assertThat(result.rolledBack()).extracting(RolledBackMigration::derived).containsExactly(true, false);
		assertThat(result.currentVersion()).isEqualTo(1L);
		assertThat(status(new V1_CreateUsers(), new V2_CreatePosts(), new V3_ReshapeUsers()).migrations())
			.extracting(MigrationStatus::state)
			.containsExactly(MigrationState.APPLIED, MigrationState.PENDING, MigrationState.PENDING);
		List<String> history = SchemaDump.history(this.dataSource);
		assertThat(history).hasSize(5);
		assertThat(history.get(3)).contains("installed_rank=4", "version=3", "type=ROLLBACK", "success=true");
		assertThat(history.get(4)).contains("installed_rank=5", "version=2", "type=ROLLBACK", "success=true");
		MigrateResult again = migrate(new V1_CreateUsers(), new V2_CreatePosts());
		assertThat(again.applied()).extracting(AppliedMigration::version).containsExactly(2L);
		assertThat(SchemaDump.of(this.dataSource).stream().filter((line) -> !line.contains("history")).toList())
			.isEqualTo(afterFirst);
	}

	@Test
	void rollsBackToAVersionAndNothingWhenAlreadyThere() {
		migrate(new V1_CreateUsers(), new V2_CreatePosts(), new V3_ReshapeUsers());
		RollbackResult result = rollback(RollbackTarget.toVersion(1), new V1_CreateUsers(), new V2_CreatePosts(),
				new V3_ReshapeUsers());
		assertThat(result.rolledBack()).extracting(RolledBackMigration::className)
			.containsExactly("V3_ReshapeUsers", "V2_CreatePosts");
		RollbackResult nothing = rollback(RollbackTarget.toVersion(1), new V1_CreateUsers(), new V2_CreatePosts(),
				new V3_ReshapeUsers());
		assertThat(nothing.isEmpty()).isTrue();
		assertThat(nothing.currentVersion()).isEqualTo(1L);
		RollbackResult all = rollback(RollbackTarget.toVersion(0), new V1_CreateUsers(), new V2_CreatePosts(),
				new V3_ReshapeUsers());
		assertThat(all.rolledBack()).extracting(RolledBackMigration::version).containsExactly(1L);
		assertThat(all.currentVersion()).isNull();
		assertThat(SchemaDump.of(this.dataSource)).noneMatch((line) -> line.startsWith("column users"));
	}

	@Test
	void recreatesWhatADerivedUndoDropsAndSaysTheDataIsNotRestored() {
		migrate(new V1_CreateUsers(), new V3_ReshapeUsers());
		RollbackResult result = rollback(RollbackTarget.steps(1), new V1_CreateUsers(), new V3_ReshapeUsers());
		assertThat(result.notices()).containsExactly(
				"Column [name] of table [users] is added again with its definition, but its values are not restored");
		assertThat(SchemaDump.of(this.dataSource)).anyMatch((line) -> line.startsWith("column users name"))
			.anyMatch((line) -> line.startsWith("column users email "))
			.noneMatch((line) -> line.contains("nickname"));
	}

	@Test
	void refusesBeforeRunningAnythingWhenAMigrationCannotBeUndone() {
		migrate(new V1_CreateUsers(), new V3_ReshapeUsers(), new V4_SeedUsers());
		List<String> before = SchemaDump.of(this.dataSource);
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> rollback(RollbackTarget.toVersion(1), new V1_CreateUsers(), new V3_ReshapeUsers(),
					new V4_SeedUsers()))
			.withMessageContaining(
					"Migration [V4_SeedUsers] does not override down(), and Strata cannot derive how " + "to undo [")
			.withMessageContaining("insert into users")
			.withMessageContaining("write a down() that undoes it")
			.withMessageEndingWith("Nothing was run.")
			.satisfies((ex) -> assertThat(ex.getVersion()).isEqualTo(4L));
		assertThat(SchemaDump.of(this.dataSource)).isEqualTo(before);
	}

	@Test
	void runsTheDownOfRawSql() {
		migrate(new V1_CreateUsers(), new V3_ReshapeUsers(), new V4_SeedUsersReversibly());
		rollback(RollbackTarget.steps(1), new V1_CreateUsers(), new V3_ReshapeUsers(), new V4_SeedUsersReversibly());
		assertThat(countUsers()).isZero();
	}

	private int countUsers() {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select count(*) from users")) {
			rows.next();
			return rows.getInt(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void refusesADownThatDoesNotFitTheSchema() {
		migrate(new V1_CreateUsers(), new V5_DownOnNothing());
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> rollback(RollbackTarget.steps(1), new V1_CreateUsers(), new V5_DownOnNothing()))
			.withMessageStartingWith("Migration [V5_DownOnNothing] cannot be rolled back (table [labels]): ")
			.withMessageContaining("(in down()). Nothing was run.");
	}

	@Test
	void refusesMoreStepsThanAreApplied() {
		migrate(new V1_CreateUsers());
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> rollback(RollbackTarget.steps(2), new V1_CreateUsers()))
			.withMessage(
					"Cannot roll back 2 migration(s): only 1 applied is recorded in the history. Nothing was run.");
	}

	@Test
	void leavesTheDatabaseAsItWasWhenADownFails() {
		migrate(new V1_CreateUsers(), new V5_CreateTags());
		List<String> before = SchemaDump.of(this.dataSource);
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> rollback(RollbackTarget.steps(1), new V1_CreateUsers(), new V5_CreateTags()))
			.withMessageContaining(
					"Rolling back migration [V5_CreateTags] failed on statement [delete from no_such_table]")
			.withMessageContaining("The database and the history table are as they were before this run.");
		assertThat(SchemaDump.of(this.dataSource)).isEqualTo(before);
	}

	@Test
	void scriptsTheRollbackWithoutRunningIt() {
		migrate(new V1_CreateUsers(), new V2_CreatePosts(), new V3_ReshapeUsers());
		List<String> before = SchemaDump.of(this.dataSource);
		MigrationScript script = new MigrationRollback(this.dataSource, null,
				List.of(new V1_CreateUsers(), new V2_CreatePosts(), new V3_ReshapeUsers()), RunnerSettings.defaults())
			.script(RollbackTarget.steps(2));
		assertThat(script.direction()).isEqualTo(MigrationScript.Direction.ROLLBACK);
		assertThat(script.migrations()).extracting(ScriptedMigration::version).containsExactly(3L, 2L);
		assertThat(script.migrations().get(1).statements()).containsExactly("drop table posts");
		assertThat(String.join("\n", script.migrations().get(0).statements())).contains("nickname", "email_address",
				"name");
		assertThat(script.notices()).anyMatch((notice) -> notice.contains("values are not restored"))
			.anyMatch((notice) -> notice.contains("[V3_ReshapeUsers] does not override down()"));
		assertThat(SchemaDump.of(this.dataSource)).isEqualTo(before);
	}

	@Test
	void scriptsThePendingMigrations() {
		migrate(new V1_CreateUsers());
		MigrationScript script;
		try (Connection connection = this.dataSource.getConnection()) {
			Dialect dialect = Dialects.detect(connection);
			script = MigrateScriptPlanner.plan(dialect, List.of(new V1_CreateUsers(), new V2_CreatePosts()),
					new HistoryTable(dialect, HistoryTable.DEFAULT_NAME).read(connection), RunnerSettings.defaults());
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		assertThat(script.migrations()).extracting(ScriptedMigration::className).containsExactly("V2_CreatePosts");
		assertThat(script.migrations().get(0).statements().get(0)).startsWith("create table posts");
		assertThat(script.notices()).noneMatch((notice) -> notice.contains("creates the history table"));
	}

}
