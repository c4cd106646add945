/**
 * Tests of the Strata Maven plugin's goals, run on sample projects without Maven.
 */
@NullMarked
package dev.strata.maven;

import org.jspecify.annotations.NullMarked;
