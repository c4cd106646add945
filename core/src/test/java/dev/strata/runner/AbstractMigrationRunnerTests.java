package dev.strata.runner;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import dev.strata.dialect.Dialects;
import dev.strata.migration.Migration;
import dev.strata.runner.BlogMigrations.Edited;
import dev.strata.runner.BlogMigrations.V1_CreateUsers;
import dev.strata.runner.BlogMigrations.V2_BadCheck;
import dev.strata.runner.BlogMigrations.V2_CreatePosts;
import dev.strata.runner.BlogMigrations.V3_SeedUsers;
import dev.strata.runner.BlogMigrations.V4_CreateTags;
import dev.strata.runner.BlogMigrations.V5_AddNickname;
import dev.strata.runner.BlogMigrations.V5_BadInsert;
import dev.strata.runner.BlogMigrations.V5_ForeignKeyToNowhere;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Runner behaviour every database must show. Subclasses supply fresh databases.
 */
abstract class AbstractMigrationRunnerTests {

	protected DataSource dataSource;

	protected abstract DataSource newDatabase();

	@BeforeEach
	void createDatabase() {
		this.dataSource = newDatabase();
	}

	protected MigrateResult migrate(DataSource dataSource, RunnerSettings settings, Migration... migrations) {
		return new MigrationRunner(dataSource, List.of(migrations), settings).migrate();
	}

	protected MigrateResult migrate(Migration... migrations) {
		return migrate(this.dataSource, RunnerSettings.defaults(), migrations);
	}

	protected MigrationStatusReport status(Migration... migrations) {
		return new MigrationRunner(this.dataSource, List.of(migrations), RunnerSettings.defaults()).status();
	}

	@Test
	void appliesPendingMigrationsInVersionOrderAndRecordsThem() {
		MigrateResult result = migrate(new V3_SeedUsers(), new V1_CreateUsers(), new V2_CreatePosts());
		assertThat(result.applied()).extracting(AppliedMigration::version).containsExactly(1L, 2L, 3L);
		assertThat(result.currentVersion()).isEqualTo(3L);
		List<String> history = SchemaDump.history(this.dataSource);
		assertThat(history).hasSize(3);
		assertThat(history.get(0)).contains("installed_rank=1", "version=1", "description=create users", "type=MIGRATE",
				"class_name=" + V1_CreateUsers.class.getName(), "success=true");
		assertThat(SchemaDump.of(this.dataSource)).anyMatch((line) -> line.startsWith("column posts user_id"))
			.anyMatch((line) -> line.startsWith("catalog Table[name=posts"));
	}

	@Test
	void secondRunAppliesNothing() {
		migrate(new V1_CreateUsers(), new V2_CreatePosts());
		List<String> before = SchemaDump.of(this.dataSource);
		MigrateResult again = migrate(new V1_CreateUsers(), new V2_CreatePosts());
		assertThat(again.isUpToDate()).isTrue();
		assertThat(again.currentVersion()).isEqualTo(2L);
		assertThat(SchemaDump.of(this.dataSource)).isEqualTo(before);
	}

	@Test
	void readsTheHistoryTableWithExactlyOneQueryPerRun() {
		RecordingDataSource recording = new RecordingDataSource(this.dataSource);
		migrate(recording.dataSource(), RunnerSettings.defaults(), new V1_CreateUsers());
		recording.clear();
		migrate(recording.dataSource(), RunnerSettings.defaults(), new V1_CreateUsers(), new V2_CreatePosts(),
				new V3_SeedUsers());
		List<String> reads = recording.executed()
			.stream()
			.filter((sql) -> sql.startsWith("select") && sql.contains(HistoryTable.DEFAULT_NAME + " "))
			.toList();
		assertThat(reads).as(recording.executed().toString()).hasSize(1);
		assertThat(recording.executedMatching("insert into " + HistoryTable.DEFAULT_NAME)).hasSize(1);
	}

	@Test
	void reportsAppliedPendingChangedAndMissingMigrations() {
		migrate(new V1_CreateUsers(), new V2_CreatePosts());
		MigrationStatusReport fresh = status(new V1_CreateUsers(), new V2_CreatePosts(), new V3_SeedUsers());
		assertThat(fresh.currentVersion()).isEqualTo(2L);
		assertThat(fresh.migrations()).extracting(MigrationStatus::state)
			.containsExactly(MigrationState.APPLIED, MigrationState.APPLIED, MigrationState.PENDING);
		MigrationStatus applied = fresh.migrations().get(0);
		assertThat(applied.appliedAt()).isBeforeOrEqualTo(Instant.now()).isAfter(Instant.now().minusSeconds(60));
		assertThat(applied.checksum()).isEqualTo(applied.appliedChecksum()).hasSize(16);
		assertThat(applied.executionMs()).isNotNull().isNotNegative();
		assertThat(fresh.migrations().get(2).appliedAt()).isNull();

		MigrationStatusReport edited = status(new Edited.V1_CreateUsers(), new V2_CreatePosts());
		assertThat(edited.migrations()).extracting(MigrationStatus::state)
			.containsExactly(MigrationState.CHANGED, MigrationState.APPLIED);
		assertThat(edited.migrations().get(0).checksum()).isNotEqualTo(edited.migrations().get(0).appliedChecksum());

		MigrationStatusReport missing = status(new V2_CreatePosts());
		assertThat(missing.migrations()).extracting(MigrationStatus::state)
			.containsExactly(MigrationState.MISSING, MigrationState.APPLIED);
		assertThat(missing.migrations().get(0).className()).isEqualTo("V1_CreateUsers");
		assertThat(missing.migrations().get(0).description()).isEqualTo("create users");
		assertThat(missing.currentVersion()).isEqualTo(2L);
	}

	@Test
	void reportsAFailureRecordedInTheHistory() throws SQLException {
		migrate(new V1_CreateUsers());
		try (Connection connection = this.dataSource.getConnection()) {
			new HistoryTable(Dialects.detect(connection), HistoryTable.DEFAULT_NAME).append(connection,
					List.of(new HistoryEntry(2, 2, "create posts", HistoryEventType.MIGRATE,
							V2_CreatePosts.class.getName(), "0123456789abcdef", "tester", Instant.now(), 5, false,
							"Still applied: [V2_CreatePosts] create table posts (...)")));
		}
		MigrationStatusReport report = status(new V1_CreateUsers(), new V2_CreatePosts());
		assertThat(report.migrations()).extracting(MigrationStatus::state)
			.containsExactly(MigrationState.APPLIED, MigrationState.FAILED);
		assertThat(report.migrations().get(1).errorMessage()).contains("Still applied");
		assertThat(report.currentVersion()).isEqualTo(1L);
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> migrate(new V1_CreateUsers(), new V2_CreatePosts()))
			.withMessageContaining("Migration [V2_CreatePosts] failed on")
			.withMessageContaining("delete from strata_schema_history where installed_rank = 2")
			.withMessageContaining("Nothing was run");
	}

	@Test
	void statusOfADatabaseWithoutHistoryTableIsAllPending() {
		MigrationStatusReport report = status(new V1_CreateUsers(), new V2_CreatePosts());
		assertThat(report.currentVersion()).isNull();
		assertThat(report.migrations()).extracting(MigrationStatus::state)
			.containsExactly(MigrationState.PENDING, MigrationState.PENDING);
		assertThat(SchemaDump.history(this.dataSource)).containsExactly("no history table");
	}

	@ParameterizedTest
	@EnumSource(TransactionMode.class)
	void failingMigrationLeavesSchemaAndHistoryAsBeforeTheRun(TransactionMode mode) {
		migrate(new V1_CreateUsers(), new V2_CreatePosts(), new V3_SeedUsers(), new V4_CreateTags());
		List<String> before = SchemaDump.of(this.dataSource);
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> migrate(this.dataSource, RunnerSettings.defaults().withTransactionMode(mode),
					new V1_CreateUsers(), new V2_CreatePosts(), new V3_SeedUsers(), new V4_CreateTags(),
					new V5_AddNickname()))
			.withMessageStartingWith("Migration [V5_AddNickname] failed on statement [alter table users add column "
					+ "nickname varchar(255) not null] (table [users], column [nickname]): ")
			.withMessageContaining("The database and the history table are as they were before this run.")
			.satisfies((ex) -> {
				assertThat(ex.getMigration()).isEqualTo("V5_AddNickname");
				assertThat(ex.getVersion()).isEqualTo(5L);
				assertThat(ex.getTable()).isEqualTo("users");
				assertThat(ex.getColumn()).isEqualTo("nickname");
				assertThat(ex.getStatement()).isEqualTo("alter table users add column nickname varchar(255) not null");
				assertThat(ex.getCause()).isInstanceOf(SQLException.class);
			});
		assertThat(SchemaDump.of(this.dataSource)).isEqualTo(before);
	}

	@ParameterizedTest
	@EnumSource(TransactionMode.class)
	void failingFirstRunLeavesNoHistoryTableBehind(TransactionMode mode) {
		List<String> before = SchemaDump.of(this.dataSource);
		assertThat(before).containsExactly("no history table");
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> migrate(this.dataSource, RunnerSettings.defaults().withTransactionMode(mode),
					new V1_CreateUsers(), new V2_BadCheck()))
			.withMessageContaining("Migration [V2_BadCheck] failed on statement [alter table users add constraint");
		// the lock table of H2's table-row lock stays: it is how runs take turns
		List<String> after = SchemaDump.of(this.dataSource)
			.stream()
			.filter((line) -> !line.contains(HistoryTable.DEFAULT_NAME + "_lock"))
			.toList();
		if (mode == TransactionMode.ALL) {
			assertThat(after).isEqualTo(before);
		}
		else {
			assertThat(SchemaDump.history(this.dataSource)).singleElement().asString().contains("version=1");
		}
	}

	@ParameterizedTest
	@EnumSource(TransactionMode.class)
	void failingRawSqlLeavesSchemaAndHistoryAsBeforeTheRun(TransactionMode mode) {
		migrate(new V1_CreateUsers(), new V2_CreatePosts());
		List<String> before = SchemaDump.of(this.dataSource);
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> migrate(this.dataSource, RunnerSettings.defaults().withTransactionMode(mode),
					new V1_CreateUsers(), new V2_CreatePosts(), new V5_BadInsert()))
			.withMessageStartingWith("Migration [V5_BadInsert] failed on statement [insert into users (email, age) "
					+ "values ('eve@example.com', 'not a number')]: ")
			.withMessageContaining("as they were before this run");
		assertThat(SchemaDump.of(this.dataSource)).isEqualTo(before);
	}

	@ParameterizedTest
	@EnumSource(TransactionMode.class)
	void failureInOneTransactionPerMigrationKeepsTheMigrationsBeforeIt(TransactionMode mode) {
		DataSource expected = newDatabase();
		migrate(expected, RunnerSettings.defaults(), new V1_CreateUsers(), new V2_CreatePosts(), new V3_SeedUsers());
		if (mode == TransactionMode.EACH) {
			migrate(expected, RunnerSettings.defaults(), new V1_CreateUsers(), new V2_CreatePosts(), new V3_SeedUsers(),
					new V4_CreateTags());
		}
		migrate(new V1_CreateUsers(), new V2_CreatePosts(), new V3_SeedUsers());
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> migrate(this.dataSource, RunnerSettings.defaults().withTransactionMode(mode),
					new V1_CreateUsers(), new V2_CreatePosts(), new V3_SeedUsers(), new V4_CreateTags(),
					new V5_AddNickname()))
			.withMessageContaining((mode == TransactionMode.EACH)
					? "as they were before this migration; the 1 migration(s) applied before it in this run "
							+ "(up to version 4) stay applied"
					: "as they were before this run");
		assertThat(SchemaDump.of(this.dataSource)).isEqualTo(SchemaDump.of(expected));
	}

	@Test
	void invalidOperationStopsTheRunBeforeTheDatabaseIsTouched() {
		migrate(new V1_CreateUsers(), new V2_CreatePosts());
		List<String> before = SchemaDump.of(this.dataSource);
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> migrate(new V1_CreateUsers(), new V2_CreatePosts(), new V4_CreateTags(),
					new V5_ForeignKeyToNowhere()))
			.withMessageStartingWith("Migration [V5_ForeignKeyToNowhere] (table [posts], column [category_id]): ")
			.withMessageContaining("[categories], which does not exist")
			.withMessageEndingWith("Nothing was run.");
		assertThat(SchemaDump.of(this.dataSource)).isEqualTo(before);
	}

	@Test
	void changedMigrationStopsTheRunBeforeAnythingExecutes() {
		migrate(new V1_CreateUsers());
		List<String> before = SchemaDump.of(this.dataSource);
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> migrate(new Edited.V1_CreateUsers(), new V2_CreatePosts()))
			.withMessageStartingWith("Migration [V1_CreateUsers] was applied on ")
			.withMessageContaining("but its up() now records different operations")
			.withMessageContaining("undo the edit and make the change in a new migration")
			.withMessageEndingWith("Nothing was run.")
			.satisfies((ex) -> assertThat(ex.getVersion()).isEqualTo(1L));
		assertThat(SchemaDump.of(this.dataSource)).isEqualTo(before);
	}

	@Test
	void missingMigrationStopsTheRun() {
		migrate(new V1_CreateUsers(), new V2_CreatePosts());
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> migrate(new V2_CreatePosts(), new V3_SeedUsers()))
			.withMessageContaining("Migration [V1_CreateUsers] (version 1, \"create users\") was applied on")
			.withMessageContaining("no migration class has that version any more");
		assertThat(
				status(new V1_CreateUsers(), new V2_CreatePosts(), new V3_SeedUsers()).inState(MigrationState.PENDING))
			.extracting(MigrationStatus::version)
			.containsExactly(3L);
	}

	@Test
	void outOfOrderMigrationIsRejectedUnlessAllowed() {
		migrate(new V1_CreateUsers(), new V3_SeedUsers());
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> migrate(new V1_CreateUsers(), new V2_CreatePosts(), new V3_SeedUsers()))
			.withMessageContaining("Migration [V2_CreatePosts] has version 2, below version 3")
			.withMessageContaining("rename it to V00000004_CreatePosts")
			.withMessageContaining("migrations.out-of-order=true")
			.satisfies((ex) -> assertThat(ex.getMigration()).isEqualTo("V2_CreatePosts"));
		MigrateResult result = migrate(this.dataSource, RunnerSettings.defaults().withOutOfOrder(true),
				new V1_CreateUsers(), new V2_CreatePosts(), new V3_SeedUsers());
		assertThat(result.applied()).extracting(AppliedMigration::version).containsExactly(2L);
		assertThat(result.currentVersion()).isEqualTo(3L);
	}

	@Test
	void duplicateVersionsAreRejectedNamingBothClasses() {
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> migrate(new V5_AddNickname(), new V1_CreateUsers(), new V5_BadInsert()))
			.withMessageContaining(V5_AddNickname.class.getName())
			.withMessageContaining(V5_BadInsert.class.getName());
		assertThat(SchemaDump.history(this.dataSource)).containsExactly("no history table");
	}

	@Test
	void exceptionInUpNamesTheMigrationBeforeTheDatabaseIsTouched() {
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> migrate(new V1_CreateUsers(), new V2_Throws()))
			.withMessageContaining("Migration [V2_Throws] failed in up()")
			.withMessageContaining("no posts today");
		assertThat(SchemaDump.history(this.dataSource)).containsExactly("no history table");
	}

	@Test
	void recordsTheConfiguredInstalledBy() {
		migrate(this.dataSource, RunnerSettings.defaults().withInstalledBy("deployer"), new V1_CreateUsers());
		assertThat(SchemaDump.history(this.dataSource)).singleElement().asString().contains("installed_by=deployer");
	}

	@Test
	void usesAnotherHistoryTableWhenConfigured() {
		migrate(this.dataSource, RunnerSettings.defaults().withTable("schema_log"), new V1_CreateUsers());
		assertThat(SchemaDump.history(this.dataSource)).containsExactly("no history table");
		assertThat(SchemaDump.of(this.dataSource)).anyMatch((line) -> line.startsWith("column schema_log version"));
	}

	@Test
	void quotesAHistoryTableNamedWithAReservedWord() {
		RunnerSettings settings = RunnerSettings.defaults().withTable("order");
		assertThat(migrate(this.dataSource, settings, new V1_CreateUsers()).applied()).hasSize(1);
		MigrateResult again = migrate(this.dataSource, settings, new V1_CreateUsers(), new V2_CreatePosts());
		assertThat(again.applied()).extracting(AppliedMigration::version).containsExactly(2L);
		MigrationStatusReport report = new MigrationRunner(this.dataSource, List.of(new V1_CreateUsers()), settings)
			.status();
		assertThat(report.currentVersion()).isEqualTo(2L);
	}

	static final class V2_Throws implements Migration {

		@Override
		public void up(dev.strata.migration.Schema schema) {
			throw new IllegalStateException("no posts today");
		}

	}

	@Test
	void aRenamedSequenceGoesOnFromItsValue() throws Exception {
		migrate(new V11_CreateTicketSequence());
		assertThat(nextValue("ticket_seq")).isEqualTo(1L);
		assertThat(nextValue("ticket_seq")).isEqualTo(2L);
		migrate(new V11_CreateTicketSequence(), new V12_RenameTicketSequence());
		assertThat(nextValue("order_number_seq")).isEqualTo(3L);
		assertThat(SchemaDump.of(this.dataSource).toString()).doesNotContain("ticket_seq");
	}

	/**
	 * Return the next value of a sequence.
	 * @param sequence the sequence
	 * @return the value
	 * @throws java.sql.SQLException if the database fails
	 */
	protected abstract long nextValue(String sequence) throws java.sql.SQLException;

	static final class V11_CreateTicketSequence implements Migration {

		@Override
		public void up(dev.strata.migration.Schema schema) {
			schema.createSequence("ticket_seq");
		}

	}

	static final class V12_RenameTicketSequence implements Migration {

		@Override
		public void up(dev.strata.migration.Schema schema) {
			schema.renameSequence("ticket_seq", "order_number_seq");
		}

	}

}
