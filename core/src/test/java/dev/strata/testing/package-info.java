/**
 * Real databases for tests: a PostgreSQL server shared by the whole JVM (an existing
 * server, a Testcontainers container or the local server binaries) and in-memory H2, each
 * handing out a fresh, empty database per call. Other modules use these through the
 * {@code strata-core} test-jar.
 */
@NullMarked
package dev.strata.testing;

import org.jspecify.annotations.NullMarked;
