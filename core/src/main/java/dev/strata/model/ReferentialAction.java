package dev.strata.model;

import java.util.Locale;

/**
 * What a foreign key does when the referenced row is deleted or its key updated.
 */
public enum ReferentialAction {

	/** Reject the change at the end of the statement (the SQL default). */
	NO_ACTION("no action"),

	/** Reject the change immediately. */
	RESTRICT("restrict"),

	/** Delete or update the referencing rows too. */
	CASCADE("cascade"),

	/** Set the referencing columns to {@code null}. */
	SET_NULL("set null"),

	/** Set the referencing columns to their defaults. */
	SET_DEFAULT("set default");

	private final String sql;

	ReferentialAction(String sql) {
		this.sql = sql;
	}

	/**
	 * Return the action as SQL words, for example {@code set null}.
	 * @return the SQL
	 */
	public String sql() {
		return this.sql;
	}

	/**
	 * Return the action for SQL words such as {@code cascade} or {@code set null}, in any
	 * case, with spaces or underscores.
	 * @param words the words
	 * @return the action
	 * @throws IllegalArgumentException if the words name no action
	 */
	public static ReferentialAction fromSql(String words) {
		String normalized = words.trim().replace('_', ' ').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
		for (ReferentialAction action : values()) {
			if (action.sql.equals(normalized)) {
				return action;
			}
		}
		throw new IllegalArgumentException("Unknown referential action '" + words
				+ "': use one of cascade, set null, set default, restrict, no action");
	}

}
