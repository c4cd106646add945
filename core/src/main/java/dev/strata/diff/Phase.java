package dev.strata.diff;

/**
 * The order in which the operations of a generated migration run, so that every statement
 * finds what it needs: foreign keys are dropped before what they reference, tables are
 * created before the foreign keys that point at them, columns are dropped last.
 */
enum Phase {

	RENAME, DROP_FOREIGN_KEY, DROP_CONSTRAINT, CREATE_SEQUENCE, CREATE_TABLE, ADD_COLUMN, ALTER_COLUMN, ADD_CONSTRAINT,
	ADD_FOREIGN_KEY, DROP_COLUMN, DROP_TABLE, DROP_SEQUENCE

}
