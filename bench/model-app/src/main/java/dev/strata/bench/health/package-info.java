/**
 * The health benchmark application.
 */
@NullMarked
package dev.strata.bench.health;

import org.jspecify.annotations.NullMarked;
