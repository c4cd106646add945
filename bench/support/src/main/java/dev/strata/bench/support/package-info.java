/**
 * What the benchmark apps share: the generator of their sources and the probe that
 * measures them.
 */
@NullMarked
package dev.strata.bench.support;

import org.jspecify.annotations.NullMarked;
