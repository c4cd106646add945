package dev.strata.runner;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What a run read of the history table: either that the table is in the state in which
 * the run has nothing to do (the {@linkplain UpToDateHistory expected one}), or the rows.
 *
 * @param upToDate whether the table is in the state in which the run has nothing to do
 * @param currentVersion the version the schema is at, when up to date
 * @param rows the rows in log order, or nothing if the table does not exist; empty when
 * up to date
 */
record HistoryRead(boolean upToDate, @Nullable Long currentVersion, Optional<List<HistoryEntry>> rows) {

	HistoryRead {
		Objects.requireNonNull(rows, "'rows' must not be null");
	}

	/**
	 * Return a read that found the table up to date.
	 * @param currentVersion the version the schema is at, {@code null} if none
	 * @return the read
	 */
	static HistoryRead upToDate(@Nullable Long currentVersion) {
		return new HistoryRead(true, currentVersion, Optional.of(List.of()));
	}

	/**
	 * Return a read of the rows.
	 * @param rows the rows in log order, or nothing if the table does not exist
	 * @return the read
	 */
	static HistoryRead rows(Optional<List<HistoryEntry>> rows) {
		return new HistoryRead(false, null, rows);
	}

}
