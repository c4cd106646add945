/**
 * A sample project for the goal tests.
 */
@NullMarked
package dev.strata.maven.sample.valid.model;

import org.jspecify.annotations.NullMarked;
