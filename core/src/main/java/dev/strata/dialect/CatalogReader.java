package dev.strata.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

import dev.strata.model.SchemaSnapshot;

/**
 * Reads the schema that a live database holds into the model, in a few bulk queries
 * rather than one per table.
 */
public interface CatalogReader {

	/**
	 * Read the tables and sequences of the connection's current schema.
	 * @param connection the connection
	 * @param excludedTables tables to leave out (Strata's own history table), compared
	 * case-insensitively
	 * @return the schema
	 * @throws SQLException if the catalog cannot be read
	 */
	SchemaSnapshot read(Connection connection, Set<String> excludedTables) throws SQLException;

}
