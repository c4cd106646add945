package dev.strata.diff;

/**
 * The order in which the operations of a generated migration run, so that every statement
 * finds what it needs: foreign keys are dropped before what they reference, tables are
 * created before the foreign keys that point at them, columns are dropped last. Dropped
 * tables go after the new ones (so that a person can move data between the two), unless a
 * new table reuses the name of a dropped table's constraint or index: then the dropped
 * tables go first ({@link #DROP_TABLE_FIRST}).
 */
enum Phase {

	RENAME, DROP_FOREIGN_KEY, DROP_CONSTRAINT, DROP_TABLE_FIRST, CREATE_SEQUENCE, CREATE_TABLE, ADD_COLUMN,
	ALTER_COLUMN, ADD_CONSTRAINT, ADD_FOREIGN_KEY, DROP_COLUMN, DROP_TABLE, DROP_SEQUENCE

}
