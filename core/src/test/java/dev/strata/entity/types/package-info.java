/**
 * An entity with every basic type Hibernate maps, for the type tests.
 */
@NullMarked
package dev.strata.entity.types;

import org.jspecify.annotations.NullMarked;
