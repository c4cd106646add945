package dev.strata.runner;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import dev.strata.migration.Migration;
import dev.strata.runner.BlogMigrations.Edited;
import dev.strata.runner.BlogMigrations.V1_CreateUsers;
import dev.strata.runner.BlogMigrations.V2_CreatePosts;
import dev.strata.testing.TestH2;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A migration class whose class files hash to the value recorded with its applied row is
 * trusted to have that row's checksum: runs with nothing pending create none of the
 * migrations, and a class with other class files is checked the full way.
 */
class ClassHashShortcutTests {

	private static final String V1 = V1_CreateUsers.class.getName();

	private static final String V2 = V2_CreatePosts.class.getName();

	private final DataSource dataSource = TestH2.newDatabase();

	private final CountedMigrationClasses classes = new CountedMigrationClasses();

	@Test
	void recordsTheClassHashAfterTheChecksumOfEachAppliedMigration() throws SQLException {
		migrate(type(V1, "00000000000000a1", V1_CreateUsers::new), type(V2, "00000000000000a2", V2_CreatePosts::new));
		assertThat(classHashes()).containsExactly("00000000000000a1", "00000000000000a2");
	}

	@Test
	void createsNoMigrationWhenAllAreAppliedAndUnchanged() {
		migrate(type(V1, "00000000000000a1", V1_CreateUsers::new), type(V2, "00000000000000a2", V2_CreatePosts::new));
		this.classes.created().set(0);
		MigrationSet again = set(type(V1, "00000000000000a1", V1_CreateUsers::new),
				type(V2, "00000000000000a2", V2_CreatePosts::new));
		MigrateResult result = runner(again).migrate();
		MigrationStatusReport status = runner(again).status();
		assertThat(result.isUpToDate()).isTrue();
		assertThat(result.currentVersion()).isEqualTo(2L);
		assertThat(status.isUpToDate()).isTrue();
		assertThat(status.migrations()).extracting(MigrationStatus::checksum)
			.containsExactlyElementsOf(MigrationResolver.resolve(List.of(new V1_CreateUsers(), new V2_CreatePosts()))
				.stream()
				.map(ResolvedMigration::checksum)
				.toList());
		assertThat(this.classes.created()).hasValue(0);
	}

	@Test
	void anEditedMigrationWithOtherClassFilesIsStillReportedChanged() {
		migrate(type(V1, "00000000000000a1", V1_CreateUsers::new), type(V2, "00000000000000a2", V2_CreatePosts::new));
		MigrationSet edited = set(type(V1, "00000000000000b1", Edited.V1_CreateUsers::new),
				type(V2, "00000000000000a2", V2_CreatePosts::new));
		assertThat(runner(edited).status().migrations().get(0).state()).isEqualTo(MigrationState.CHANGED);
		assertThatExceptionOfType(MigrationException.class).isThrownBy(() -> runner(edited).migrate())
			.withMessageContaining("its up() now records different operations")
			.withMessageEndingWith("Nothing was run.");
	}

	@Test
	void recompiledClassesWithTheSameOperationsGetTheirNewHashRecorded() throws SQLException {
		migrate(type(V1, "00000000000000a1", V1_CreateUsers::new), type(V2, "00000000000000a2", V2_CreatePosts::new));
		MigrationSet recompiled = set(type(V1, "00000000000000c1", V1_CreateUsers::new),
				type(V2, "00000000000000a2", V2_CreatePosts::new));
		assertThat(runner(recompiled).migrate().isUpToDate()).isTrue();
		assertThat(classHashes()).containsExactly("00000000000000c1", "00000000000000a2");
		this.classes.created().set(0);
		runner(set(type(V1, "00000000000000c1", V1_CreateUsers::new),
				type(V2, "00000000000000a2", V2_CreatePosts::new)))
			.migrate();
		assertThat(this.classes.created()).hasValue(0);
	}

	@Test
	void aPendingMigrationIsAppliedWithItsClassHash() throws SQLException {
		migrate(type(V1, "00000000000000a1", V1_CreateUsers::new));
		MigrateResult result = migrate(type(V1, "00000000000000a1", V1_CreateUsers::new),
				type(V2, "00000000000000a2", V2_CreatePosts::new));
		assertThat(result.applied()).extracting(AppliedMigration::version).containsExactly(2L);
		assertThat(classHashes()).containsExactly("00000000000000a1", "00000000000000a2");
	}

	@Test
	void migrationsGivenAsInstancesAreAlwaysChecked() {
		runner(MigrationSet.of(List.of(new V1_CreateUsers()))).migrate();
		MigrationStatusReport status = runner(MigrationSet.of(List.of(new Edited.V1_CreateUsers()))).status();
		assertThat(status.migrations().get(0).state()).isEqualTo(MigrationState.CHANGED);
	}

	private MigrateResult migrate(MigrationClass... classes) {
		return runner(set(classes)).migrate();
	}

	private MigrationRunner runner(MigrationSet migrations) {
		return new MigrationRunner(this.dataSource, null, migrations, RunnerSettings.defaults());
	}

	private static MigrationSet set(MigrationClass... classes) {
		return CountedMigrationClasses.set(classes);
	}

	private MigrationClass type(String className, String classHash, Supplier<Migration> instance) {
		return this.classes.of(className, classHash, instance);
	}

	private List<String> classHashes() throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement
					.executeQuery("select checksum from strata_schema_history order by installed_rank")) {
			List<String> hashes = new ArrayList<>();
			while (rows.next()) {
				String checksum = rows.getString(1);
				hashes.add(checksum.substring(checksum.indexOf('/') + 1));
			}
			return hashes;
		}
	}

}
