package dev.strata;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.migration.Migration;
import dev.strata.model.SchemaSnapshot;
import dev.strata.runner.MigrationException;
import dev.strata.runner.MigrationResolver;
import dev.strata.runner.MigrationRollback;
import dev.strata.runner.MigrationRunner;
import dev.strata.runner.MigrationStatusReport;
import dev.strata.runner.ResolvedMigration;
import dev.strata.runner.RollbackTarget;
import dev.strata.runner.RunnerSettings;

/**
 * Walks migrations up, down and up again on a real database and checks that each one can
 * be rolled back: a test helper for applications, with no test framework of its own.
 * <pre class="code">
 * &#64;Test
 * void everyMigrationRollsBack() {
 *     MigrationWalk.assertReversible(dataSource, List.of(new V00000001_CreateUsersTable(), ...));
 * }
 * </pre> The walk applies the migrations one at a time and reads the catalog after each;
 * then rolls them back one at a time, highest first, and demands after each rollback the
 * catalog that was there before the migration was applied; then applies them again one at
 * a time and demands the catalog of the first walk up. Catalogs are compared strictly
 * (columns in order, types, defaults, keys, constraints and indexes with their names), so
 * a {@code down()} that forgets an index, or recreates a column with another type, fails
 * the walk. Data is not compared.
 * <p>
 * The database must be one where none of the migrations is applied yet, such as a new
 * test database; the walk leaves them all applied.
 */
public final class MigrationWalk {

	private MigrationWalk() {
	}

	/**
	 * Walk the migrations up, down and up again, and fail if any step does not give back
	 * the catalog it should.
	 * @param dataSource a database where none of the migrations is applied
	 * @param migrations the migrations, in any order
	 * @throws AssertionError listing every problem
	 */
	public static void assertReversible(DataSource dataSource, Collection<? extends Migration> migrations) {
		List<String> problems = walk(dataSource, migrations, RunnerSettings.defaults());
		if (!problems.isEmpty()) {
			throw new AssertionError(
					"The migrations do not walk up, down and up again cleanly:\n- " + String.join("\n- ", problems));
		}
	}

	/**
	 * Walk the migrations up, down and up again, and return what went wrong.
	 * @param dataSource a database where none of the migrations is applied
	 * @param migrations the migrations, in any order
	 * @param settings how to run them (the history table to use)
	 * @return every problem, empty when each rollback gives back the catalog before its
	 * migration and each migration applied again gives back its catalog
	 * @throws IllegalStateException if a migration is already applied
	 */
	public static List<String> walk(DataSource dataSource, Collection<? extends Migration> migrations,
			RunnerSettings settings) {
		List<ResolvedMigration> resolved = MigrationResolver.resolve(migrations);
		List<Migration> ordered = resolved.stream().map(ResolvedMigration::migration).toList();
		Dialect dialect = dialect(dataSource);
		MigrationStatusReport status = new MigrationRunner(dataSource, dialect, ordered, settings).status();
		if (status.currentVersion() != null) {
			throw new IllegalStateException("The walk needs a database where no migration is applied, but version "
					+ status.currentVersion() + " is: give it a new database");
		}
		List<String> names = resolved.stream().map(ResolvedMigration::className).toList();
		List<SchemaSnapshot> states = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		try {
			states.add(read(dataSource, dialect, settings));
			for (int i = 1; i <= ordered.size(); i++) {
				new MigrationRunner(dataSource, dialect, ordered.subList(0, i), settings).migrate();
				states.add(read(dataSource, dialect, settings));
			}
			for (int i = ordered.size(); i >= 1; i--) {
				new MigrationRollback(dataSource, dialect, ordered, settings).rollback(RollbackTarget.steps(1));
				compare(problems, "After rolling back [" + names.get(i - 1) + "]", states.get(i - 1),
						read(dataSource, dialect, settings));
			}
			for (int i = 1; i <= ordered.size(); i++) {
				new MigrationRunner(dataSource, dialect, ordered.subList(0, i), settings).migrate();
				compare(problems, "After applying [" + names.get(i - 1) + "] again", states.get(i),
						read(dataSource, dialect, settings));
			}
		}
		catch (MigrationException ex) {
			problems.add(ex.getMessage());
		}
		return List.copyOf(problems);
	}

	private static void compare(List<String> problems, String step, SchemaSnapshot expected, SchemaSnapshot actual) {
		List<String> differences = CatalogDifferences.between(expected, actual);
		if (!differences.isEmpty()) {
			problems.add(step + " the schema is not what it was:\n  " + String.join("\n  ", differences));
		}
	}

	private static Dialect dialect(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return Dialects.detect(connection);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot connect to the database: " + ex.getMessage(), ex);
		}
	}

	private static SchemaSnapshot read(DataSource dataSource, Dialect dialect, RunnerSettings settings) {
		try (Connection connection = dataSource.getConnection()) {
			return dialect.catalogReader().read(connection, Set.of(settings.table(), settings.table() + "_lock"));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the database schema: " + ex.getMessage(), ex);
		}
	}

}
