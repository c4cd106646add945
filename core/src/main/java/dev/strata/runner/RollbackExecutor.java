package dev.strata.runner;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import dev.strata.dialect.Dialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes a planned rollback and records a {@link HistoryEventType#ROLLBACK} row per
 * migration, in one transaction for all ({@link TransactionMode#ALL}) or one per
 * migration ({@link TransactionMode#EACH}), as migrate runs do, each a
 * {@link RunTransaction}: on failure it rolls back, and where DDL is not transactional
 * re-applies what the failed transaction had undone.
 */
final class RollbackExecutor {

	private static final Logger logger = LoggerFactory.getLogger(MigrationRollback.class);

	private final Dialect dialect;

	private final HistoryTable historyTable;

	private final TransactionMode mode;

	private final String installedBy;

	RollbackExecutor(Dialect dialect, HistoryTable historyTable, TransactionMode mode, String installedBy) {
		this.dialect = dialect;
		this.historyTable = historyTable;
		this.mode = mode;
		this.installedBy = installedBy;
	}

	/**
	 * Execute the plan.
	 * @param connection the connection, in auto-commit mode; left in auto-commit mode
	 * @param plan the migrations to undo, highest version first
	 * @param firstRank the installed rank of the first history row to write
	 * @return the migrations rolled back
	 * @throws MigrationException if undoing a migration fails; the message says what the
	 * database and the history were left as
	 * @throws SQLException if a transaction cannot be started
	 */
	List<RolledBackMigration> execute(Connection connection, List<PlannedRollback> plan, int firstRank)
			throws SQLException {
		return RunTransaction.onConnection(connection, (statement) -> execute(connection, statement, plan, firstRank));
	}

	private List<RolledBackMigration> execute(Connection connection, Statement statement, List<PlannedRollback> plan,
			int firstRank) {
		List<RolledBackMigration> done = new ArrayList<>(plan.size());
		List<List<PlannedRollback>> transactions = (this.mode == TransactionMode.ALL) ? List.of(plan)
				: plan.stream().map(List::of).toList();
		int rank = firstRank;
		for (List<PlannedRollback> migrations : transactions) {
			RunTransaction transaction = new RunTransaction(this.dialect, this.historyTable, RunDirection.ROLLBACK,
					this.installedBy, (cause) -> "", connection, statement, rank, done.size(), null, 1);
			for (PlannedRollback planned : migrations) {
				transaction.run(planned.migration(), planned.operations(), null);
			}
			List<Long> executionMs = transaction.commit();
			List<RolledBackMigration> committed = new ArrayList<>(migrations.size());
			for (int i = 0; i < migrations.size(); i++) {
				PlannedRollback planned = migrations.get(i);
				ResolvedMigration migration = planned.migration();
				committed.add(new RolledBackMigration(migration.version(), migration.description(),
						migration.className(), planned.derived(), executionMs.get(i)));
			}
			rank += migrations.size();
			done.addAll(committed);
			committed.forEach((migration) -> logger.info("Rolled back migration {} ({}) in {} ms", migration.version(),
					migration.description(), migration.executionMs()));
		}
		return List.copyOf(done);
	}

}
