/**
 * The Strata benchmark application.
 */
@NullMarked
package dev.strata.bench.strata.app;

import org.jspecify.annotations.NullMarked;
