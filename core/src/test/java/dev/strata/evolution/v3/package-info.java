/**
 * Version 3 of the evolving test model.
 */
@NullMarked
package dev.strata.evolution.v3;

import org.jspecify.annotations.NullMarked;
