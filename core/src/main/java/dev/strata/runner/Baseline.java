package dev.strata.runner;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.strata.dialect.Dialect;
import dev.strata.diff.Difference;
import dev.strata.diff.SchemaDiffer;
import dev.strata.model.SchemaSnapshot;
import dev.strata.model.Sequence;
import dev.strata.model.Table;
import dev.strata.operation.InvalidOperationException;
import dev.strata.operation.RawSql;
import dev.strata.operation.SchemaOperation;
import dev.strata.operation.SnapshotProjector;
import org.jspecify.annotations.Nullable;

/**
 * Guards a database that has no history yet. An empty schema is migrated from scratch. A
 * schema that already has tables (made by hand, by {@code ddl-auto=update} or by another
 * tool) is refused unless a baseline version is set: then its live schema, read through
 * the dialect's catalog reader, must be exactly what the migrations up to that version
 * build, and those migrations are recorded as {@link HistoryEventType#BASELINE} rows
 * instead of being run. Migrations above the baseline then run as usual.
 */
final class Baseline {

	private static final int MAX_LISTED = 25;

	private final Dialect dialect;

	private final String historyTable;

	Baseline(Dialect dialect, String historyTable) {
		this.dialect = dialect;
		this.historyTable = historyTable;
	}

	/**
	 * Read the database's schema, but for the history table and its lock table.
	 * @param connection the connection
	 * @return the schema
	 * @throws SQLException if the catalog cannot be read
	 */
	SchemaSnapshot readLive(Connection connection) throws SQLException {
		return this.dialect.catalogReader().read(connection, Set.of(this.historyTable, this.historyTable + "_lock"));
	}

	/**
	 * Return whether a schema is empty: then no migration can be a baseline, and
	 * {@link #entries} returns none.
	 * @param live the schema, as {@link #readLive} read it
	 * @return whether it has no table and no sequence
	 */
	static boolean isEmpty(SchemaSnapshot live) {
		return live.tables().isEmpty() && live.sequences().isEmpty();
	}

	/**
	 * Return the baseline rows for a database whose history is empty.
	 * @param live the database's schema, as {@link #readLive} read it
	 * @param resolved all migrations, in version order
	 * @param baselineVersion the baseline version, {@code null} if none is set
	 * @param firstRank the installed rank of the first row
	 * @param installedBy who baselines
	 * @return the rows to record, empty if the schema is empty (nothing to adopt)
	 * @throws MigrationException if the schema has tables and no baseline version is set,
	 * or does not match what the migrations up to the baseline version build
	 */
	List<HistoryEntry> entries(SchemaSnapshot live, List<ResolvedMigration> resolved, @Nullable Long baselineVersion,
			int firstRank, String installedBy) {
		if (isEmpty(live)) {
			return List.of();
		}
		if (baselineVersion == null) {
			throw new MigrationException("The database already has " + describe(live) + ", but no history table ["
					+ this.historyTable + "]: Strata will not run migrations over a schema it did not build. If the "
					+ "schema is what your migrations up to some version build (for example an initial migration "
					+ "generated from the entities), set migrations.baseline-version to that version: Strata then "
					+ "checks that the schema matches, records those migrations as applied and runs the ones above "
					+ "it. If this is the wrong database, or the history table has another name, check "
					+ "migrations.url and migrations.table. Nothing was run.", null, null, null, null, null, null);
		}
		List<ResolvedMigration> included = resolved.stream()
			.filter((migration) -> migration.version() <= baselineVersion)
			.toList();
		List<Difference> differences = new SchemaDiffer(this.dialect).diff(live, replay(included)).differences();
		if (!differences.isEmpty()) {
			throw mismatch(baselineVersion, included, differences);
		}
		Instant now = Instant.now();
		List<HistoryEntry> rows = new ArrayList<>(included.size());
		for (ResolvedMigration migration : included) {
			rows.add(new HistoryEntry(firstRank + rows.size(), migration.version(), migration.description(),
					HistoryEventType.BASELINE, migration.qualifiedClassName(), migration.checksum(), installedBy, now,
					0, true, null));
		}
		return List.copyOf(rows);
	}

	private MigrationException mismatch(long baselineVersion, List<ResolvedMigration> included,
			List<Difference> differences) {
		List<String> lines = differences.stream().limit(MAX_LISTED).map(Difference::message).toList();
		String more = (differences.size() > MAX_LISTED) ? "\n  - ... and " + (differences.size() - MAX_LISTED) + " more"
				: "";
		List<String> raw = included.stream()
			.filter((migration) -> migration.operations().stream().anyMatch(RawSql.class::isInstance))
			.map(ResolvedMigration::className)
			.toList();
		String rawNotice = raw.isEmpty() ? ""
				: "\nMigrations " + String.join(", ", raw.stream().map((name) -> "[" + name + "]").toList())
						+ " run raw SQL whose effect Strata cannot replay; if it creates what is listed above, "
						+ "describe it with the schema builder instead.";
		String upTo = included.isEmpty() ? "no migration has a version up to " + baselineVersion
				: "the migrations up to version " + baselineVersion + " (" + included.size()
						+ " migration(s), the last [" + included.get(included.size() - 1).className() + "])";
		return new MigrationException(
				"Cannot baseline the database at version " + baselineVersion + ": its schema differs from what " + upTo
						+ " build, in " + differences.size() + " way(s) "
						+ "(the database is described as it is, the migrations as expected):\n  - "
						+ String.join("\n  - ", lines) + more + rawNotice + "\nMake the migrations up to version "
						+ baselineVersion + " build exactly this "
						+ "schema (generate the initial migration from the entities, or from this list), or bring the "
						+ "database in line, or choose another migrations.baseline-version. Nothing was run.",
				null, baselineVersion, null, null, null, null);
	}

	private static SchemaSnapshot replay(List<ResolvedMigration> migrations) {
		SchemaSnapshot schema = SchemaSnapshot.empty();
		for (ResolvedMigration migration : migrations) {
			for (SchemaOperation operation : migration.operations()) {
				try {
					schema = SnapshotProjector.apply(schema, operation);
				}
				catch (InvalidOperationException ex) {
					throw new MigrationException(
							"Migration [" + migration.className() + "]: " + ex.getMessage() + ". Nothing was run.",
							migration.className(), migration.version(), ex.getTable(), ex.getColumn(), null, ex);
				}
			}
		}
		return schema;
	}

	private static String describe(SchemaSnapshot live) {
		List<String> names = new ArrayList<>();
		live.tables().stream().map(Table::name).forEach(names::add);
		live.sequences().stream().map(Sequence::name).forEach(names::add);
		String listed = String.join(", ", names.stream().limit(MAX_LISTED).map((name) -> "[" + name + "]").toList())
				+ ((names.size() > MAX_LISTED) ? ", ..." : "");
		return live.tables().size() + " table(s) and " + live.sequences().size() + " sequence(s) (" + listed + ")";
	}

}
