/**
 * Immutable, dialect-neutral model of a database schema: what the migrations build, what
 * the entities declare and what a live database holds are all described with these
 * values. Objects refer to each other by name, never by reference.
 */
@NullMarked
package dev.strata.model;

import org.jspecify.annotations.NullMarked;
