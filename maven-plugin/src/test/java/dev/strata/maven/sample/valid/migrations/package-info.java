/**
 * A sample project for the goal tests.
 */
@NullMarked
package dev.strata.maven.sample.valid.migrations;

import org.jspecify.annotations.NullMarked;
