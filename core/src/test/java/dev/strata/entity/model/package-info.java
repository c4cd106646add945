/**
 * Entities that cover the mappings the entity reader must read exactly.
 */
@NullMarked
package dev.strata.entity.model;

import org.jspecify.annotations.NullMarked;
