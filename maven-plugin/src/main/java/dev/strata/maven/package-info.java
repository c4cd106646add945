/**
 * The Strata Maven plugin: the seeds' migration commands for a Spring Boot project, run
 * on the project's compiled classes with its own configuration.
 */
@NullMarked
package dev.strata.maven;

import org.jspecify.annotations.NullMarked;
