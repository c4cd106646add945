/**
 * The demo application: a blog migrated by Strata.
 */
@NullMarked
package dev.strata.demo;

import org.jspecify.annotations.NullMarked;
