/**
 * What a migration author types: {@link dev.strata.migration.Migration} with its
 * {@code up} and {@code down}, and the schema builder DSL
 * ({@link dev.strata.migration.Schema}, {@link dev.strata.migration.Blueprint} and the
 * definitions their methods return). The DSL records
 * {@linkplain dev.strata.operation.SchemaOperation operations}; it executes nothing.
 */
@NullMarked
package dev.strata.migration;

import org.jspecify.annotations.NullMarked;
