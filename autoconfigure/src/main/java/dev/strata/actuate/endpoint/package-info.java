/**
 * The Actuator {@code migrations} endpoint: the history, the next migration's source, and
 * validation.
 */
@NullMarked
package dev.strata.actuate.endpoint;

import org.jspecify.annotations.NullMarked;
