/**
 * Entities that match the test migrations.
 */
@NullMarked
package dev.strata.autoconfigure.entities;

import org.jspecify.annotations.NullMarked;
