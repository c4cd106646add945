/**
 * H2 support: reading its {@code INFORMATION_SCHEMA} back into the model.
 */
@NullMarked
package dev.strata.dialect.h2;

import org.jspecify.annotations.NullMarked;
