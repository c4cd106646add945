/**
 * PostgreSQL: its dialect, catalog reader and advisory migration lock.
 */
@NullMarked
package dev.strata.dialect.postgresql;

import org.jspecify.annotations.NullMarked;
