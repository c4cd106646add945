/**
 * PostgreSQL support: reading its catalog ({@code pg_catalog}) back into the model.
 */
@NullMarked
package dev.strata.dialect.postgresql;

import org.jspecify.annotations.NullMarked;
