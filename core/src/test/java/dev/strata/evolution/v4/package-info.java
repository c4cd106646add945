/**
 * Version 4 of the evolving test model.
 */
@NullMarked
package dev.strata.evolution.v4;

import org.jspecify.annotations.NullMarked;
