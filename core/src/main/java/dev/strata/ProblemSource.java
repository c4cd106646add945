package dev.strata;

/**
 * Which question of validation found a problem.
 */
public enum ProblemSource {

	/** The migrations do not build what the entities declare. */
	MIGRATIONS,

	/** The live database does not match the entities. */
	DATABASE,

	/** The history has pending, failed, missing or changed migrations. */
	HISTORY

}
