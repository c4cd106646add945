/**
 * The migrations of the blog, written by hand in the Strata DSL.
 */
@NullMarked
package dev.strata.demo.migrations;

import org.jspecify.annotations.NullMarked;
