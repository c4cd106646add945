package dev.strata.runner;

/**
 * How pending migrations are grouped into transactions.
 */
public enum TransactionMode {

	/**
	 * All pending migrations and their history rows in one transaction: a failure leaves
	 * the database as it was before the run.
	 */
	ALL,

	/**
	 * One transaction per migration (its statements and its history row): a failure keeps
	 * the migrations applied before it in the same run.
	 */
	EACH

}
