/**
 * The Flyway benchmark application.
 */
@NullMarked
package dev.strata.bench.flyway.app;

import org.jspecify.annotations.NullMarked;
