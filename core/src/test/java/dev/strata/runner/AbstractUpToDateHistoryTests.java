package dev.strata.runner;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.sql.DataSource;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.migration.Migration;
import dev.strata.operation.ConstraintNaming;
import dev.strata.runner.BlogMigrations.V1_CreateUsers;
import dev.strata.runner.BlogMigrations.V2_CreatePosts;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeout;

/**
 * A run reads one row instead of the history exactly when the history is as the
 * migrations left it; in every other state it reads the rows, and decides as before. For
 * each state, the test compares the one-row read with the decision taken from every row:
 * the one-row read must never say "up to date" where reading every row would find
 * something to do, and the run's visible result must be the same.
 */
abstract class AbstractUpToDateHistoryTests {

	private static final String V1 = V1_CreateUsers.class.getName();

	private static final String V2 = V2_CreatePosts.class.getName();

	private static final String V3 = "dev.strata.runner.gone.V3_CreateTags";

	private static final String CHECKSUM_1 = checksum(new V1_CreateUsers());

	private static final String CHECKSUM_2 = checksum(new V2_CreatePosts());

	private final CountedMigrationClasses classes = new CountedMigrationClasses();

	private final List<HistoryEntry> rows = new ArrayList<>();

	private int rank;

	private DataSource dataSource;

	protected abstract DataSource newDatabase();

	/**
	 * Return this database's dialect, with an aggregate the database does not have.
	 * @return the dialect
	 */
	protected abstract Dialect dialectWithAnUnknownAggregate();

	@BeforeEach
	void createHistoryTable() throws SQLException {
		this.dataSource = newDatabase();
		try (Connection connection = this.dataSource.getConnection()) {
			historyTable(connection).create(connection);
		}
	}

	@Test
	void everyMigrationAppliedWithItsClassFiles() throws SQLException {
		row(V1, HistoryEventType.MIGRATE, true, CHECKSUM_1 + "/a1");
		row(V2, HistoryEventType.MIGRATE, true, CHECKSUM_2 + "/a2");
		assertUpToDateFromOneRow(2L, both());
	}

	@Test
	void aMigrationAppliedRolledBackAndAppliedAgain() throws SQLException {
		row(V1, HistoryEventType.MIGRATE, true, CHECKSUM_1 + "/a1");
		row(V2, HistoryEventType.MIGRATE, true, CHECKSUM_2 + "/a0");
		row(V2, HistoryEventType.ROLLBACK, true, null);
		row(V2, HistoryEventType.MIGRATE, true, CHECKSUM_2 + "/a2");
		assertUpToDateFromOneRow(2L, both());
	}

	@Test
	void aBaselineAndARepairThatRecordedTheClassHash() throws SQLException {
		row(V1, HistoryEventType.BASELINE, true, CHECKSUM_1 + "/a1");
		row(V2, HistoryEventType.MIGRATE, true, "0000000000000000/a0");
		row(V2, HistoryEventType.REPAIR, true, CHECKSUM_2 + "/a2");
		assertUpToDateFromOneRow(2L, both());
	}

	@Test
	void aMigrationWhoseClassIsGoneAfterItWasRolledBackOrDeleted() throws SQLException {
		row(V1, HistoryEventType.MIGRATE, true, CHECKSUM_1 + "/a1");
		row(V3, 3, HistoryEventType.MIGRATE, true, "0000000000000003/a3");
		row(V3, 3, HistoryEventType.ROLLBACK, true, null);
		row("dev.strata.runner.gone.V4_CreateTopics", 4, HistoryEventType.MIGRATE, true, "0000000000000004/a4");
		row("dev.strata.runner.gone.V4_CreateTopics", 4, HistoryEventType.DELETE, true, null);
		assertUpToDateFromOneRow(1L, set(type(V1, "a1", V1_CreateUsers::new)));
	}

	@Test
	void noMigrationsAndAnEmptyHistory() throws SQLException {
		assertUpToDateFromOneRow(null, set());
	}

	@Test
	void aMigrationWithOtherClassFilesIsReadFromEveryRow() throws SQLException {
		row(V1, HistoryEventType.MIGRATE, true, CHECKSUM_1 + "/a1");
		row(V2, HistoryEventType.MIGRATE, true, CHECKSUM_2 + "/b2");
		assertReadFromEveryRow(both(), false);
	}

	@Test
	void aPendingMigrationIsReadFromEveryRow() throws SQLException {
		row(V1, HistoryEventType.MIGRATE, true, CHECKSUM_1 + "/a1");
		assertReadFromEveryRow(both(), false);
	}

	@Test
	void anAppliedMigrationWhoseClassIsGoneIsReadFromEveryRow() throws SQLException {
		row(V1, HistoryEventType.MIGRATE, true, CHECKSUM_1 + "/a1");
		row(V2, HistoryEventType.MIGRATE, true, CHECKSUM_2 + "/a2");
		row(V3, 3, HistoryEventType.MIGRATE, true, "0000000000000003/a3");
		assertReadFromEveryRow(both(), false);
	}

	@Test
	void aFailedMigrationOrRollbackIsReadFromEveryRow() throws SQLException {
		row(V1, HistoryEventType.MIGRATE, true, CHECKSUM_1 + "/a1");
		row(V2, HistoryEventType.MIGRATE, true, CHECKSUM_2 + "/a2");
		row(V2, HistoryEventType.ROLLBACK, false, CHECKSUM_2 + "/a2");
		assertReadFromEveryRow(both(), false);
	}

	@Test
	void aRolledBackMigrationWhoseClassIsThereIsReadFromEveryRow() throws SQLException {
		row(V1, HistoryEventType.MIGRATE, true, CHECKSUM_1 + "/a1");
		row(V2, HistoryEventType.MIGRATE, true, CHECKSUM_2 + "/a2");
		row(V2, HistoryEventType.ROLLBACK, true, null);
		assertReadFromEveryRow(both(), false);
	}

	@Test
	void rowsWithoutClassHashOrChecksumAreReadFromEveryRow() throws SQLException {
		row(V1, HistoryEventType.MIGRATE, true, CHECKSUM_1);
		row(V2, HistoryEventType.MIGRATE, true, null);
		assertReadFromEveryRow(both(), false);
	}

	@Test
	void aMigrationAppliedUnderAnotherClassNameIsReadFromEveryRow() throws SQLException {
		row(V1, HistoryEventType.MIGRATE, true, CHECKSUM_1 + "/a1");
		row("dev.strata.runner.old.V2_CreatePosts", 2, HistoryEventType.MIGRATE, true, CHECKSUM_2 + "/a2");
		assertReadFromEveryRow(both(), true);
	}

	@Test
	void aTypeWrittenByHandIsReadFromEveryRow() throws SQLException {
		row(V1, HistoryEventType.MIGRATE, true, CHECKSUM_1 + "/a1");
		row(V2, HistoryEventType.MIGRATE, true, CHECKSUM_2 + "/a2");
		appendRows();
		execute("update strata_schema_history set type = 'migrate' where version = 2");
		assertReadFromEveryRow(both(), true);
	}

	@Test
	void anEmptyHistoryWithMigrationsIsReadFromEveryRow() throws SQLException {
		assertReadFromEveryRow(both(), false);
	}

	@Test
	void aMissingHistoryTableIsReadAsMissing() throws SQLException {
		execute("drop table strata_schema_history");
		try (Connection connection = this.dataSource.getConnection()) {
			HistoryRead read = historyTable(connection).readUnlessUpToDate(connection, both().upToDateHistory());
			assertThat(rows(read)).isEmpty();
		}
		assertThatExceptionOfType(MigrationException.class).isThrownBy(() -> runner(both()).checkUpToDate())
			.withMessageStartingWith("The history table [strata_schema_history] could not be read");
	}

	@Test
	void aQueryTheDatabaseCannotRunIsFollowedByReadingEveryRow() throws SQLException {
		row(V1, HistoryEventType.MIGRATE, true, CHECKSUM_1 + "/a1");
		row(V2, HistoryEventType.MIGRATE, true, CHECKSUM_2 + "/a2");
		appendRows();
		try (Connection connection = this.dataSource.getConnection()) {
			HistoryTable historyTable = new HistoryTable(dialectWithAnUnknownAggregate(),
					RunnerSettings.defaults().table());
			HistoryRead read = historyTable.readUnlessUpToDate(connection, both().upToDateHistory());
			assertThat(rows(read)).contains(historyTable.read(connection));
			assertThat(rows(read).orElseThrow()).hasSize(2);
			execute("drop table strata_schema_history");
			assertThat(rows(historyTable.readUnlessUpToDate(connection, both().upToDateHistory()))).isEmpty();
		}
	}

	@Test
	void anUnknownTypeInARowThatIsNotTheLastOfItsVersionIsRefusedAsBefore() throws SQLException {
		row(V1, HistoryEventType.MIGRATE, true, CHECKSUM_1 + "/a1");
		row(V2, HistoryEventType.MIGRATE, true, CHECKSUM_2 + "/a0");
		row(V2, HistoryEventType.ROLLBACK, true, null);
		row(V2, HistoryEventType.MIGRATE, true, CHECKSUM_2 + "/a2");
		appendRows();
		execute("update strata_schema_history set type = 'UNDO' where installed_rank = 3");
		assertRefusedAsBefore("installed_rank 3 (version 2): type [UNDO] is not one of");
	}

	@Test
	void aNegativeVersionRolledBackIsRefusedAsBefore() throws SQLException {
		row(V1, HistoryEventType.MIGRATE, true, CHECKSUM_1 + "/a1");
		row(V2, HistoryEventType.MIGRATE, true, CHECKSUM_2 + "/a2");
		row(V3, -3, HistoryEventType.MIGRATE, true, "0000000000000003/a3");
		row(V3, -3, HistoryEventType.ROLLBACK, true, null);
		appendRows();
		assertRefusedAsBefore("version [-3] is negative");
	}

	@Test
	void aMissingValueInAnEarlierRowIsRefusedAsBefore() throws SQLException {
		row(V1, HistoryEventType.MIGRATE, true, CHECKSUM_1 + "/a1");
		row(V2, HistoryEventType.MIGRATE, true, CHECKSUM_2 + "/a0");
		row(V2, HistoryEventType.ROLLBACK, true, null);
		row(V2, HistoryEventType.MIGRATE, true, CHECKSUM_2 + "/a2");
		appendRows();
		execute("alter table strata_schema_history alter column installed_by drop not null");
		execute("update strata_schema_history set installed_by = null where installed_rank = 2");
		assertRefusedAsBefore("installed_rank 2 (version 2): installed_by is null");
	}

	@Test
	void twoRowsWithOneRankAreRefusedAsBefore() throws SQLException {
		row(V1, HistoryEventType.MIGRATE, true, CHECKSUM_1 + "/a1");
		row(V2, HistoryEventType.MIGRATE, true, CHECKSUM_2 + "/a2");
		appendRows();
		execute("alter table strata_schema_history drop constraint "
				+ ConstraintNaming.primaryKey(RunnerSettings.defaults().table()));
		execute("insert into strata_schema_history select * from strata_schema_history where installed_rank = 1");
		assertRefusedAsBefore("another row has the same installed_rank");
	}

	@Test
	void aLongHistoryIsReadInTimeProportionalToItsLength() throws SQLException {
		for (int version = 1; version <= 3000; version++) {
			row("dev.strata.runner.gone.V" + version + "_CreateTable" + version, version, HistoryEventType.MIGRATE,
					true, CHECKSUM_1 + "/h" + version);
		}
		appendRows();
		// A bound far above the time this takes (tens of milliseconds), far below the 20
		// s
		// that the read took when H2 compared the history again for every row.
		assertTimeout(Duration.ofSeconds(10), () -> {
			try (Connection connection = this.dataSource.getConnection()) {
				HistoryRead read = historyTable(connection).readUnlessUpToDate(connection, both().upToDateHistory());
				assertThat(rows(read).orElseThrow()).hasSize(3000);
			}
			assertThat(runner(both()).checkUpToDate()).isEmpty();
		});
	}

	@Test
	void theSameConnectionSeesTheHistoryChangeBetweenReads() throws SQLException {
		row(V1, HistoryEventType.MIGRATE, true, CHECKSUM_1 + "/a1");
		row(V2, HistoryEventType.MIGRATE, true, CHECKSUM_2 + "/a2");
		appendRows();
		try (Connection connection = this.dataSource.getConnection()) {
			HistoryTable historyTable = historyTable(connection);
			assertThat(historyTable.readUnlessUpToDate(connection, both().upToDateHistory()))
				.isEqualTo(new HistoryRead.UpToDate(2L));
			row(V2, HistoryEventType.ROLLBACK, true, null);
			appendRows();
			assertThat(rows(historyTable.readUnlessUpToDate(connection, both().upToDateHistory())).orElseThrow())
				.hasSize(3);
			assertThat(runner(both()).checkUpToDate()).isEmpty();
			row(V2, HistoryEventType.MIGRATE, true, CHECKSUM_2 + "/a2");
			appendRows();
			assertThat(historyTable.readUnlessUpToDate(connection, both().upToDateHistory()))
				.isEqualTo(new HistoryRead.UpToDate(2L));
		}
	}

	@Test
	void historyTablesOfOtherNamesAreReadInOneRow() throws SQLException {
		for (String name : List.of("state", "Strata History")) {
			try (Connection connection = this.dataSource.getConnection()) {
				HistoryTable historyTable = new HistoryTable(Dialects.detect(connection), name);
				historyTable.create(connection);
				row(V1, HistoryEventType.MIGRATE, true, CHECKSUM_1 + "/a1");
				row(V2, HistoryEventType.MIGRATE, true, CHECKSUM_2 + "/a2");
				historyTable.append(connection, this.rows);
				this.rows.clear();
				assertThat(historyTable.readUnlessUpToDate(connection, both().upToDateHistory()))
					.isEqualTo(new HistoryRead.UpToDate(2L));
			}
		}
	}

	@Test
	void setsThatCannotBeSummedUpAreReadFromEveryRow() {
		assertThat(MigrationSet.of(List.of(new V1_CreateUsers())).upToDateHistory()).isNull();
		assertThat(set(type(V1, "a1", V1_CreateUsers::new), type(V1 + "Again", "a2", V1_CreateUsers::new))
			.upToDateHistory()).isNull();
		assertThat(set(type("dev.strata.runner.CreateUsers", "a1", V1_CreateUsers::new)).upToDateHistory()).isNull();
	}

	@Test
	void aRunWithNothingToDoCreatesNoMigrationAndReportsTheVersion() throws SQLException {
		row(V1, HistoryEventType.MIGRATE, true, CHECKSUM_1 + "/a1");
		row(V2, HistoryEventType.MIGRATE, true, CHECKSUM_2 + "/a2");
		appendRows();
		MigrateResult result = new MigrationRunner(this.dataSource, null, both(), RunnerSettings.defaults()).migrate();
		assertThat(result.isUpToDate()).isTrue();
		assertThat(result.currentVersion()).isEqualTo(2L);
		assertThat(this.classes.created()).hasValue(0);
	}

	@Test
	void aListedSetWhoseClassesWereAppliedUnchangedEndsWithoutReadingAClassFile() throws SQLException {
		row(V1, HistoryEventType.MIGRATE, true, CHECKSUM_1 + "/a1");
		row(V2, HistoryEventType.MIGRATE, true, CHECKSUM_2 + "/a2");
		appendRows();
		AtomicInteger reads = new AtomicInteger();
		MigrationSet listed = listed(reads, both(), new ListedClass(V1, "a1"), new ListedClass(V2, "a2"));
		assertThat(runner(listed).checkUpToDate())
			.hasValueSatisfying((result) -> assertThat(result.currentVersion()).isEqualTo(2L));
		MigrateResult result = runner(listed).migrate();
		assertThat(result.isUpToDate()).isTrue();
		assertThat(result.currentVersion()).isEqualTo(2L);
		assertThat(reads).as("class files read").hasValue(0);
		assertThat(this.classes.created()).hasValue(0);
		assertThat(runner(listed).status().isUpToDate()).isTrue();
		assertThat(reads).as("the status reads them, once").hasValue(1);
	}

	@Test
	void aListedSetWithOtherClassFilesReadsThemAndReportsTheEdit() throws SQLException {
		row(V1, HistoryEventType.MIGRATE, true, CHECKSUM_1 + "/a1");
		row(V2, HistoryEventType.MIGRATE, true, CHECKSUM_2 + "/a2");
		appendRows();
		AtomicInteger reads = new AtomicInteger();
		MigrationSet edited = set(type(V1, "b1", BlogMigrations.Edited.V1_CreateUsers::new),
				type(V2, "a2", V2_CreatePosts::new));
		MigrationSet listed = listed(reads, edited, new ListedClass(V1, "b1"), new ListedClass(V2, "a2"));
		assertThat(runner(listed).checkUpToDate()).isEmpty();
		assertThatExceptionOfType(MigrationException.class).isThrownBy(() -> runner(listed).migrate())
			.withMessageContaining("its up() now records different operations")
			.withMessageEndingWith("Nothing was run.");
		assertThat(reads).hasValue(1);
	}

	@Test
	void aListedSetWithAMigrationPendingReadsTheClassFilesAndAppliesIt() throws SQLException {
		execute("create table users (id integer primary key)");
		row(V1, HistoryEventType.MIGRATE, true, CHECKSUM_1 + "/a1");
		appendRows();
		AtomicInteger reads = new AtomicInteger();
		MigrationSet listed = listed(reads, both(), new ListedClass(V1, "a1"), new ListedClass(V2, "a2"));
		assertThat(runner(listed).migrate().applied()).extracting(AppliedMigration::version).containsExactly(2L);
		assertThat(reads).hasValue(1);
	}

	@Test
	void aListedClassThatIsNoMigrationMakesTheRunReadTheClassFiles() throws SQLException {
		row(V1, HistoryEventType.MIGRATE, true, CHECKSUM_1 + "/a1");
		row(V2, HistoryEventType.MIGRATE, true, CHECKSUM_2 + "/a2");
		appendRows();
		AtomicInteger reads = new AtomicInteger();
		MigrationSet withBase = listed(reads, both(), new ListedClass(V1, "a1"), new ListedClass(V2, "a2"),
				new ListedClass("dev.strata.runner.V3_AbstractBase", "a3"));
		assertThat(runner(withBase).checkUpToDate()).as("version 3 was never applied").isEmpty();
		assertThat(runner(withBase).migrate().isUpToDate()).isTrue();
		assertThat(reads).hasValue(1);
		AtomicInteger helperReads = new AtomicInteger();
		MigrationSet withHelper = listed(helperReads, both(), new ListedClass(V1, "a1"), new ListedClass(V2, "a2"),
				new ListedClass("dev.strata.runner.Helpers", "a4"));
		assertThat(runner(withHelper).checkUpToDate()).as("summed up from the class files")
			.hasValueSatisfying((result) -> assertThat(result.currentVersion()).isEqualTo(2L));
		assertThat(helperReads).hasValue(1);
	}

	private static MigrationSet listed(AtomicInteger reads, MigrationSet read, ListedClass... listed) {
		return MigrationSet.listed(List.of(listed), () -> {
			reads.incrementAndGet();
			return read;
		});
	}

	private void assertUpToDateFromOneRow(@Nullable Long version, MigrationSet migrations) throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			appendRows();
			HistoryTable historyTable = historyTable(connection);
			HistoryRead read = historyTable.readUnlessUpToDate(connection, migrations.upToDateHistory());
			assertThat(read).isEqualTo(new HistoryRead.UpToDate(version));
			MigrationStatusReport fromEveryRow = runner(migrations).upToDate(historyTable.read(connection));
			assertThat(fromEveryRow).isNotNull();
			assertThat(fromEveryRow.currentVersion()).isEqualTo(version);
		}
		assertThat(runner(migrations).checkUpToDate()).as("the check without the lock agrees")
			.hasValueSatisfying((result) -> assertThat(result.currentVersion()).isEqualTo(version));
	}

	/**
	 * Assert that reading every row refuses the history, and so does a run.
	 */
	private void assertRefusedAsBefore(String problem) throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			HistoryTable historyTable = historyTable(connection);
			assertThatExceptionOfType(MigrationException.class).isThrownBy(() -> historyTable.read(connection))
				.withMessageContaining(problem);
			assertThatExceptionOfType(MigrationException.class)
				.isThrownBy(() -> historyTable.readUnlessUpToDate(connection, both().upToDateHistory()))
				.withMessageContaining(problem);
		}
		assertThat(runner(both()).checkUpToDate()).as("the check without the lock leaves it to the run").isEmpty();
		assertThatExceptionOfType(MigrationException.class).isThrownBy(() -> runner(both()).migrate())
			.withMessageContaining(problem);
	}

	/**
	 * Assert that the one-row read returns every row, and whether the run then finds
	 * nothing to do (not even a class hash to record).
	 */
	private void assertReadFromEveryRow(MigrationSet migrations, boolean upToDateFromEveryRow) throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			appendRows();
			HistoryTable historyTable = historyTable(connection);
			HistoryRead read = historyTable.readUnlessUpToDate(connection, migrations.upToDateHistory());
			assertThat(rows(read)).contains(historyTable.read(connection));
			assertThat(runner(migrations).upToDate(rows(read).orElseThrow()) != null).isEqualTo(upToDateFromEveryRow);
		}
		assertThat(runner(migrations).checkUpToDate()).as("the check without the lock leaves it to the run").isEmpty();
	}

	/**
	 * Return the rows of a read, failing if it found the history up to date.
	 */
	private static Optional<List<HistoryEntry>> rows(HistoryRead read) {
		assertThat(read).isInstanceOf(HistoryRead.Rows.class);
		return ((HistoryRead.Rows) read).rows();
	}

	private void appendRows() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			historyTable(connection).append(connection, this.rows);
		}
		this.rows.clear();
	}

	private MigrationRunner runner(MigrationSet migrations) {
		return new MigrationRunner(this.dataSource, null, migrations, RunnerSettings.defaults());
	}

	private HistoryTable historyTable(Connection connection) throws SQLException {
		return new HistoryTable(Dialects.detect(connection), RunnerSettings.defaults().table());
	}

	private void row(String className, HistoryEventType type, boolean success, @Nullable String checksumColumn) {
		row(className, className.equals(V1) ? 1 : 2, type, success, checksumColumn);
	}

	private void row(String className, long version, HistoryEventType type, boolean success,
			@Nullable String checksumColumn) {
		int separator = (checksumColumn != null) ? checksumColumn.indexOf('/') : -1;
		String checksum = (separator >= 0) ? checksumColumn.substring(0, separator) : checksumColumn;
		String classHash = (separator >= 0) ? checksumColumn.substring(separator + 1) : null;
		String description = MigrationClass.simpleName(className).substring(3).replace('_', ' ');
		this.rows.add(new HistoryEntry(++this.rank, version, description, type, className, checksum, "strata",
				Instant.parse("2026-11-22T10:00:00Z"), 1, success, success ? null : "failed", classHash));
	}

	private MigrationSet both() {
		return set(type(V1, "a1", V1_CreateUsers::new), type(V2, "a2", V2_CreatePosts::new));
	}

	private static MigrationSet set(MigrationClass... classes) {
		return CountedMigrationClasses.set(classes);
	}

	private MigrationClass type(String className, String classHash, Supplier<Migration> instance) {
		return this.classes.of(className, classHash, instance);
	}

	private void execute(String sql) throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String checksum(Migration migration) {
		return MigrationResolver.resolve(List.of(migration)).get(0).checksum();
	}

}
