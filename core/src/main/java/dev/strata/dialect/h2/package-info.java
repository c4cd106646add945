/**
 * H2, the embedded default database: its dialect and catalog reader.
 */
@NullMarked
package dev.strata.dialect.h2;

import org.jspecify.annotations.NullMarked;
