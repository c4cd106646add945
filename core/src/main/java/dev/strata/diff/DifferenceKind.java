package dev.strata.diff;

/**
 * What kind of difference was found between the actual and the expected schema.
 */
public enum DifferenceKind {

	/** A table the expected schema has is missing. */
	MISSING_TABLE,

	/** A table exists that the expected schema does not have. */
	EXTRA_TABLE,

	/** A column the expected schema has is missing. */
	MISSING_COLUMN,

	/** A column exists that the expected schema does not have. */
	EXTRA_COLUMN,

	/**
	 * A column's type differs (length, precision, scale and enumeration values included).
	 */
	COLUMN_TYPE,

	/** A column accepts {@code null} where it should not, or the reverse. */
	COLUMN_NULLABILITY,

	/** A column's default differs. */
	COLUMN_DEFAULT,

	/** A column is an identity column where it should not be, or the reverse. */
	COLUMN_IDENTITY,

	/** The primary key is missing. */
	MISSING_PRIMARY_KEY,

	/** A primary key exists that the expected schema does not have. */
	EXTRA_PRIMARY_KEY,

	/** The primary key has other columns, another column order or another name. */
	PRIMARY_KEY,

	/** A unique constraint is missing. */
	MISSING_UNIQUE_CONSTRAINT,

	/** A unique constraint exists that the expected schema does not have. */
	EXTRA_UNIQUE_CONSTRAINT,

	/** An index is missing. */
	MISSING_INDEX,

	/** An index exists that the expected schema does not have. */
	EXTRA_INDEX,

	/** A foreign key is missing. */
	MISSING_FOREIGN_KEY,

	/** A foreign key exists that the expected schema does not have. */
	EXTRA_FOREIGN_KEY,

	/** A foreign key has the right columns but other delete or update actions. */
	FOREIGN_KEY,

	/** A check constraint is missing. */
	MISSING_CHECK,

	/** A check constraint exists that the expected schema does not have. */
	EXTRA_CHECK,

	/** A constraint or index has the right definition under another name. */
	CONSTRAINT_NAME,

	/** A sequence is missing. */
	MISSING_SEQUENCE,

	/** A sequence exists that the expected schema does not have. */
	EXTRA_SEQUENCE,

	/** A sequence starts or increments differently. */
	SEQUENCE

}
