/**
 * Migrations the auto-configuration tests find by scanning.
 */
@NullMarked
package dev.strata.autoconfigure.migrations;

import org.jspecify.annotations.NullMarked;
