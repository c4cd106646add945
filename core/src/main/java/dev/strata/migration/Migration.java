package dev.strata.migration;

/**
 * A database migration: a class named {@code V<version>_<Description>} (for example
 * {@code V00000001_CreateBlogsTable}) whose {@link #up(Schema)} describes the change with
 * the schema builder and whose {@link #down(Schema)} undoes it.
 * <p>
 * Both methods only record operations on the {@link Schema} they are given; Strata
 * replays them without a database to know the schema the migrations build, renders them
 * to SQL for the target database, and computes the migration's checksum from them. They
 * must therefore be deterministic: the same operations every time they are called.
 */
public interface Migration {

	/**
	 * Describe the change.
	 * @param schema the schema builder
	 */
	void up(Schema schema);

	/**
	 * Describe how to undo the change. A migration that does not override this method
	 * gets the inverse of {@link #up(Schema)}, derived from its operations and the schema
	 * before it; raw SQL cannot be inverted that way.
	 * @param schema the schema builder
	 */
	default void down(Schema schema) {
	}

}
