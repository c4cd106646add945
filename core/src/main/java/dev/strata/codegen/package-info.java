/**
 * The code generator: turns a list of {@linkplain dev.strata.operation.SchemaOperation
 * operations} into the Java source of a {@link dev.strata.migration.Migration} written in
 * the schema-builder DSL, which records exactly those operations again when it runs.
 * Start at {@link dev.strata.codegen.JavaMigrationWriter}.
 */
@NullMarked
package dev.strata.codegen;

import org.jspecify.annotations.NullMarked;
