package dev.strata.runner;

import java.util.List;

/**
 * An operation whose statements ran, wholly or in part, in the transaction that failed.
 *
 * @param migration the migration it belongs to
 * @param operation the operation
 * @param executed how many of its statements ran (a prefix of them)
 */
record ExecutedOperation(ResolvedMigration migration, RenderedOperation operation, int executed) {

	/**
	 * Return the statements that ran.
	 * @return the statements, in order
	 */
	List<String> statements() {
		return this.operation.statements().subList(0, this.executed);
	}

}
