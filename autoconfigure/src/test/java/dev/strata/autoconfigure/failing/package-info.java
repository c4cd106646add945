/**
 * Migrations whose second one fails on the database.
 */
@NullMarked
package dev.strata.autoconfigure.failing;

import org.jspecify.annotations.NullMarked;
