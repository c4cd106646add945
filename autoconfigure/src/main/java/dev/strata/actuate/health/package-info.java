/**
 * The {@code migrations} health indicator: pending or failed migrations and schema drift.
 */
@NullMarked
package dev.strata.actuate.health;

import org.jspecify.annotations.NullMarked;
