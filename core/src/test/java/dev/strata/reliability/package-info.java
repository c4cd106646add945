/**
 * Reliability tests that attack Strata from outside: migrating processes started
 * together, processes killed at chosen points of a run, and the tools they share.
 */
@NullMarked
package dev.strata.reliability;

import org.jspecify.annotations.NullMarked;
