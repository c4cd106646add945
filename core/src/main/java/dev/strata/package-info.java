/**
 * Strata's entry point: {@link dev.strata.Strata} migrates a database, reports the state
 * of its migrations, generates the next migration from the entities and validates the
 * migrations and the database against them. The Spring Boot auto-configuration and the
 * build plugin both drive it.
 */
@NullMarked
package dev.strata;

import org.jspecify.annotations.NullMarked;
