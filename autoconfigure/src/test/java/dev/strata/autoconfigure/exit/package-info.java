/**
 * An application for the exit-after-run tests.
 */
@NullMarked
package dev.strata.autoconfigure.exit;

import org.jspecify.annotations.NullMarked;
