/**
 * The migration runner: resolves the migrations, reads the history table once, validates
 * before anything runs, applies the pending migrations under a database-wide lock and
 * records each in the history table. Also computes the status of every migration, which
 * the Actuator endpoint shows.
 */
@NullMarked
package dev.strata.runner;

import org.jspecify.annotations.NullMarked;
