package dev.strata.runner;

import java.time.Instant;
import java.util.List;

import dev.strata.runner.BlogMigrations.V1_CreateUsers;
import dev.strata.runner.BlogMigrations.V2_CreatePosts;
import dev.strata.runner.BlogMigrations.V3_SeedUsers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationStatusCalculatorTests {

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	private final List<ResolvedMigration> resolved = MigrationResolver
		.resolve(List.of(new V1_CreateUsers(), new V2_CreatePosts(), new V3_SeedUsers()));

	@Test
	void withoutHistoryEverythingIsPending() {
		MigrationStatusReport report = MigrationStatusCalculator.calculate(this.resolved, List.of());
		assertThat(report.currentVersion()).isNull();
		assertThat(report.migrations()).extracting(MigrationStatus::state).containsOnly(MigrationState.PENDING);
		assertThat(report.isUpToDate()).isFalse();
	}

	@Test
	void theLastRowOfAVersionDecides() {
		List<HistoryEntry> history = List.of(row(1, 1, HistoryEventType.MIGRATE, true),
				row(2, 2, HistoryEventType.MIGRATE, true), row(3, 2, HistoryEventType.ROLLBACK, true),
				row(4, 3, HistoryEventType.MIGRATE, false));
		MigrationStatusReport report = MigrationStatusCalculator.calculate(this.resolved, history);
		assertThat(report.migrations()).extracting(MigrationStatus::state)
			.containsExactly(MigrationState.APPLIED, MigrationState.PENDING, MigrationState.FAILED);
		assertThat(report.currentVersion()).isEqualTo(1L);
	}

	@Test
	void aFailureCanBeFollowedByASuccess() {
		List<HistoryEntry> history = List.of(row(1, 1, HistoryEventType.MIGRATE, false),
				row(2, 1, HistoryEventType.MIGRATE, true));
		MigrationStatusReport report = MigrationStatusCalculator.calculate(this.resolved.subList(0, 1), history);
		assertThat(report.migrations()).singleElement()
			.extracting(MigrationStatus::state)
			.isEqualTo(MigrationState.APPLIED);
		assertThat(report.isUpToDate()).isTrue();
	}

	@Test
	void aBaselineIsAppliedWhateverItsChecksum() {
		HistoryEntry baseline = new HistoryEntry(1, 1, "baseline", HistoryEventType.BASELINE, "baseline", "ffff",
				"tester", NOW, 0, true, null);
		MigrationStatusReport report = MigrationStatusCalculator.calculate(this.resolved.subList(0, 1),
				List.of(baseline));
		assertThat(report.migrations().get(0).state()).isEqualTo(MigrationState.APPLIED);
	}

	@Test
	void aRepairRowCarriesTheChecksumThatCountsFromThenOn() {
		ResolvedMigration first = this.resolved.get(0);
		List<HistoryEntry> history = List.of(
				new HistoryEntry(1, 1, "create users", HistoryEventType.MIGRATE, first.qualifiedClassName(), "old",
						"tester", NOW, 3, true, null),
				new HistoryEntry(2, 1, "create users", HistoryEventType.REPAIR, first.qualifiedClassName(),
						first.checksum(), "tester", NOW, 0, true, null));
		assertThat(
				MigrationStatusCalculator.calculate(List.of(first), history.subList(0, 1)).migrations().get(0).state())
			.isEqualTo(MigrationState.CHANGED);
		assertThat(MigrationStatusCalculator.calculate(List.of(first), history).migrations().get(0).state())
			.isEqualTo(MigrationState.APPLIED);
	}

	@Test
	void aRolledBackVersionWithoutClassIsNotListed() {
		List<HistoryEntry> history = List.of(row(1, 1, HistoryEventType.MIGRATE, true),
				row(2, 1, HistoryEventType.ROLLBACK, true));
		assertThat(MigrationStatusCalculator.calculate(List.of(), history).migrations()).isEmpty();
	}

	@Test
	void aMissingMigrationTakesItsNameFromTheHistory() {
		List<HistoryEntry> history = List.of(new HistoryEntry(1, 9, "drop legacy", HistoryEventType.MIGRATE,
				"com.example.Migrations$V9_DropLegacy", "abc", "tester", NOW, 4, true, null));
		MigrationStatus missing = MigrationStatusCalculator.calculate(List.of(), history).migrations().get(0);
		assertThat(missing.state()).isEqualTo(MigrationState.MISSING);
		assertThat(missing.className()).isEqualTo("V9_DropLegacy");
		assertThat(missing.description()).isEqualTo("drop legacy");
		assertThat(missing.appliedAt()).isEqualTo(NOW);
		assertThat(missing.executionMs()).isEqualTo(4L);
	}

	private HistoryEntry row(int rank, long version, HistoryEventType type, boolean success) {
		ResolvedMigration migration = this.resolved.stream()
			.filter((candidate) -> candidate.version() == version)
			.findFirst()
			.orElseThrow();
		return new HistoryEntry(rank, version, migration.description(), type, migration.qualifiedClassName(),
				migration.checksum(), "tester", NOW, 1, success, success ? null : "it broke");
	}

}
