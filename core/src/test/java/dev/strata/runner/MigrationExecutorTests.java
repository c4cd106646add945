package dev.strata.runner;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationExecutorTests {

	private static final SQLException OUT_OF_LOCKS = new SQLException(
			"ERROR: out of shared memory\n  Hint: You might need to increase max_locks_per_transaction.", "53200");

	@Test
	void advisesOneTransactionPerMigrationWhenOneTransactionRunsOutOfLocks() {
		assertThat(MigrationExecutor.advice(OUT_OF_LOCKS, TransactionMode.ALL)).contains("migrations.transaction=each")
			.contains("max_locks_per_transaction");
	}

	@Test
	void givesNoAdviceOtherwise() {
		assertThat(MigrationExecutor.advice(OUT_OF_LOCKS, TransactionMode.EACH)).isEmpty();
		assertThat(MigrationExecutor.advice(new SQLException("ERROR: syntax error", "42601"), TransactionMode.ALL))
			.isEmpty();
	}

}
