package dev.strata.runner;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What a run read of the history table: either that the table is in the state in which
 * the run has nothing to do (the {@linkplain UpToDateHistory expected one}), or its rows.
 */
sealed interface HistoryRead {

	/**
	 * The table is in the state in which the run has nothing to do.
	 *
	 * @param currentVersion the version the schema is at, {@code null} if there are no
	 * migrations
	 */
	record UpToDate(@Nullable Long currentVersion) implements HistoryRead {

	}

	/**
	 * The rows of the table.
	 *
	 * @param rows the rows in log order, or nothing if the table does not exist
	 */
	record Rows(Optional<List<HistoryEntry>> rows) implements HistoryRead {

		public Rows {
			Objects.requireNonNull(rows, "'rows' must not be null");
		}

	}

}
