/**
 * The Liquibase benchmark application.
 */
@NullMarked
package dev.strata.bench.liquibase.app;

import org.jspecify.annotations.NullMarked;
