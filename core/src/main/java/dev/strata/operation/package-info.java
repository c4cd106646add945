/**
 * The change vocabulary: one immutable record per schema operation, all in the sealed
 * {@link dev.strata.operation.SchemaOperation} hierarchy, and the interpreters that every
 * consumer shares ({@link dev.strata.operation.SnapshotProjector} replays operations onto
 * a model, {@link dev.strata.operation.OperationDescriber} describes them). Operations
 * hold values and never build SQL.
 */
@NullMarked
package dev.strata.operation;

import org.jspecify.annotations.NullMarked;
