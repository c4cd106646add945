/**
 * What differs between databases: how operations become SQL, how types are spelled and
 * compared, how identifiers are quoted, how the catalog is read back, how a migration run
 * is locked. {@link dev.strata.dialect.StandardDialect} owns the structure of the SQL; a
 * database's dialect overrides narrow hooks.
 */
@NullMarked
package dev.strata.dialect;

import org.jspecify.annotations.NullMarked;
