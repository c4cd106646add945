/**
 * Auto-configuration of Strata for Spring Boot: the {@code migrations.*} properties, the
 * migration run at startup, and the wiring of the Actuator endpoint and health indicator.
 */
@NullMarked
package dev.strata.autoconfigure;

import org.jspecify.annotations.NullMarked;
