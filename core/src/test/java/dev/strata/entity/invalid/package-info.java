/**
 * Mappings Hibernate accepts but cannot create a schema for, for the error tests.
 */
@NullMarked
package dev.strata.entity.invalid;

import org.jspecify.annotations.NullMarked;
