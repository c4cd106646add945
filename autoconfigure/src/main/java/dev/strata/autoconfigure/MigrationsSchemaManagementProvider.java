package dev.strata.autoconfigure;

import javax.sql.DataSource;

import dev.strata.Strata;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/**
 * Tells JPA that Strata manages the schema of the database it migrates, so that Spring
 * Boot does not default an embedded database to {@code ddl-auto=create-drop} behind the
 * migrations' back.
 */
class MigrationsSchemaManagementProvider implements SchemaManagementProvider {

	private final ObjectProvider<Strata> strata;

	MigrationsSchemaManagementProvider(ObjectProvider<Strata> strata) {
		this.strata = strata;
	}

	@Override
	public SchemaManagement getSchemaManagement(DataSource dataSource) {
		return this.strata.stream().anyMatch((candidate) -> candidate.dataSource().equals(dataSource))
				? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
	}

}
