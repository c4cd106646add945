/**
 * Compares two schemas: which differences there are (validate), and which operations turn
 * one into the other, in an order the database accepts and with a warning wherever data
 * could be lost (generate). A pure function of two snapshots and a dialect.
 */
@NullMarked
package dev.strata.diff;

import org.jspecify.annotations.NullMarked;
