package dev.strata.runner;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What {@link MigrationRunner#checkUpToDate()} asks a database: whether its history table
 * (by name) is exactly as a given set of migrations, with the class files they have now,
 * leaves it. Two runners ask the same question when they name the same table and their
 * migrations sum up to the same history; an answer to one then stands for the other, if
 * both are for the same database. Made by {@link MigrationRunner#upToDateQuestion()}.
 */
public final class UpToDateQuestion {

	private final String table;

	private final UpToDateHistory expected;

	UpToDateQuestion(String table, UpToDateHistory expected) {
		this.table = Objects.requireNonNull(table, "'table' must not be null");
		this.expected = Objects.requireNonNull(expected, "'expected' must not be null");
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof UpToDateQuestion that && this.table.equals(that.table)
				&& this.expected.equals(that.expected);
	}

	@Override
	public int hashCode() {
		return 31 * this.table.hashCode() + this.expected.hashCode();
	}

	@Override
	public String toString() {
		return "UpToDateQuestion[table " + this.table + ", " + this.expected + "]";
	}

}
