/**
 * A migration class that needs a bean, for the scanner's tests.
 */
package dev.strata.autoconfigure.injected;
