package dev.strata.entity;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * Hibernate boot metadata built without a database, with the service registry it lives
 * in. Close it to release the registry.
 */
public final class OfflineMetadata implements AutoCloseable {

	private final Metadata metadata;

	private final StandardServiceRegistry registry;

	OfflineMetadata(Metadata metadata, StandardServiceRegistry registry) {
		this.metadata = metadata;
		this.registry = registry;
	}

	/**
	 * Return the metadata.
	 * @return the metadata, usable until this object is closed
	 */
	public Metadata metadata() {
		return this.metadata;
	}

	/**
	 * Return the service registry the metadata was built with.
	 * @return the registry, usable until this object is closed
	 */
	public StandardServiceRegistry registry() {
		return this.registry;
	}

	/**
	 * Release the service registry.
	 */
	@Override
	public void close() {
		StandardServiceRegistryBuilder.destroy(this.registry);
	}

}
