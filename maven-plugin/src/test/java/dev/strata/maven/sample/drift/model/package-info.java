/**
 * A sample project for the goal tests.
 */
@NullMarked
package dev.strata.maven.sample.drift.model;

import org.jspecify.annotations.NullMarked;
