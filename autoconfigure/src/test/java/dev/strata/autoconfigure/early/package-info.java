/**
 * An application for the tests of the scan started before the context refreshes.
 */
@NullMarked
package dev.strata.autoconfigure.early;

import org.jspecify.annotations.NullMarked;
