/**
 * Version 2 of the evolving test model.
 */
@NullMarked
package dev.strata.evolution.v2;

import org.jspecify.annotations.NullMarked;
