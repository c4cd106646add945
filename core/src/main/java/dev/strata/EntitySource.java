package dev.strata;

import java.util.Optional;

import dev.strata.dialect.Dialect;
import dev.strata.entity.EntitySchema;

/**
 * Where the schema that the application's entities declare comes from: the metadata a
 * running application's Hibernate built, or metadata built offline from the entity
 * classes.
 */
@FunctionalInterface
public interface EntitySource {

	/**
	 * An entity source of an application without entities.
	 */
	EntitySource NONE = (dialect) -> Optional.empty();

	/**
	 * Return the schema the entities declare, with types in the given dialect.
	 * @param dialect the dialect of the database
	 * @return the schema, or empty if the entities are not known (yet)
	 */
	Optional<EntitySchema> read(Dialect dialect);

}
