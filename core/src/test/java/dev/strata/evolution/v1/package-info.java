/**
 * Version 1 of the evolving test model.
 */
@NullMarked
package dev.strata.evolution.v1;

import org.jspecify.annotations.NullMarked;
