package dev.strata.autoconfigure.scanned;

/**
 * Not a migration: a helper in the migrations package.
 */
public final class TableNames {

	static final String PLAIN = "plain";

	private TableNames() {
	}

}
