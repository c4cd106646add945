/**
 * A small JPA application for the load test of the health indicator.
 */
@NullMarked
package dev.strata.autoconfigure.load;

import org.jspecify.annotations.NullMarked;
