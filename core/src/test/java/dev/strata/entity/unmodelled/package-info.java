/**
 * Mappings the schema model cannot express exactly, for the warning tests.
 */
@NullMarked
package dev.strata.entity.unmodelled;

import org.jspecify.annotations.NullMarked;
