/**
 * The offline benchmark: generate and validate without a database.
 */
@NullMarked
package dev.strata.bench.offline;

import org.jspecify.annotations.NullMarked;
