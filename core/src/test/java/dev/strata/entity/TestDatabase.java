package dev.strata.entity;

import java.util.List;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.h2.H2Dialect;
import dev.strata.dialect.postgresql.PostgresDialect;

/**
 * The databases the entity reader is tested for, named as an application would report
 * them.
 */
enum TestDatabase {

	POSTGRESQL("PostgreSQL", "15.4", new PostgresDialect()),

	H2("H2", "2.4.240", new H2Dialect());

	private final String productName;

	private final String version;

	private final Dialect dialect;

	TestDatabase(String productName, String version, Dialect dialect) {
		this.productName = productName;
		this.version = version;
		this.dialect = dialect;
	}

	Dialect dialect() {
		return this.dialect;
	}

	EntityMetadataBuilder metadataBuilder(List<Class<?>> classes) {
		return EntityMetadataBuilder.forDatabase(this.productName, this.version)
			.classes(classes.toArray(Class<?>[]::new));
	}

	OfflineMetadata metadata(List<Class<?>> classes) {
		return metadataBuilder(classes).build();
	}

	EntitySchema read(List<Class<?>> classes) {
		try (OfflineMetadata metadata = metadata(classes)) {
			return new HibernateEntityReader().read(metadata.metadata(), this.dialect);
		}
	}

}
