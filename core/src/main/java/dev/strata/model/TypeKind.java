package dev.strata.model;

/**
 * The logical kinds of column type that Strata knows. Each dialect renders a kind to its
 * own SQL type and parses its SQL types back to a kind; {@link #CUSTOM} carries a type
 * that Strata does not interpret.
 */
public enum TypeKind {

	/**
	 * One-byte integer ({@code tinyint}); PostgreSQL has none and uses {@code smallint}.
	 */
	TINYINT,

	/** Two-byte integer. */
	SMALLINT,

	/** Four-byte integer. */
	INTEGER,

	/** Eight-byte integer. */
	BIGINT,

	/** Exact numeric with precision and scale. */
	DECIMAL,

	/** Single-precision floating point. */
	REAL,

	/** Double-precision floating point. */
	DOUBLE,

	/** Boolean. */
	BOOLEAN,

	/** Fixed-length character string. */
	CHAR,

	/** Variable-length character string with a maximum length. */
	VARCHAR,

	/** Character string without a declared length ({@code text}). */
	TEXT,

	/** Character large object (Hibernate's {@code @Lob String}). */
	CLOB,

	/** Date without time. */
	DATE,

	/** Time of day without time zone. */
	TIME,

	/** Time of day with time zone. */
	TIME_TZ,

	/** Date and time without time zone. */
	TIMESTAMP,

	/** Date and time with time zone. */
	TIMESTAMP_TZ,

	/** A duration in seconds ({@code interval second}). */
	INTERVAL_SECOND,

	/** Variable-length binary string. */
	BINARY,

	/** Binary large object (Hibernate's {@code @Lob byte[]}). */
	BLOB,

	/** UUID. */
	UUID,

	/** JSON document. */
	JSON,

	/** One of a fixed list of string values. */
	ENUM,

	/** A database-specific type given as SQL text. */
	CUSTOM;

	/**
	 * Return whether this kind is an integer kind.
	 * @return whether the kind holds whole numbers
	 */
	public boolean isInteger() {
		return this == TINYINT || this == SMALLINT || this == INTEGER || this == BIGINT;
	}

	/**
	 * Return whether this kind holds a date, a time or both.
	 * @return whether the kind is temporal
	 */
	public boolean isTemporal() {
		return this == TIME || this == TIME_TZ || this == TIMESTAMP || this == TIMESTAMP_TZ;
	}

}
