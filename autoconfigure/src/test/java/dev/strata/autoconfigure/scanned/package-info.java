/**
 * Classes the migration class scanner tests read: migrations written directly, through a
 * base class and with an anonymous class, and classes that are not migrations.
 */
@NullMarked
package dev.strata.autoconfigure.scanned;

import org.jspecify.annotations.NullMarked;
