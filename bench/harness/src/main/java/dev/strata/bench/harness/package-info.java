/**
 * The benchmark harness: starts PostgreSQL, prepares the databases, runs the apps in
 * fresh JVMs, interleaved, and writes medians, ratios and a plot.
 */
@NullMarked
package dev.strata.bench.harness;

import org.jspecify.annotations.NullMarked;
