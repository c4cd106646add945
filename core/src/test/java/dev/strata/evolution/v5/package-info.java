/**
 * Version 5 of the evolving test model.
 */
@NullMarked
package dev.strata.evolution.v5;

import org.jspecify.annotations.NullMarked;
