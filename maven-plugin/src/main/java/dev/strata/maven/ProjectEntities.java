package dev.strata.maven;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.strata.EntitySource;
import dev.strata.dialect.Dialect;
import dev.strata.entity.EntityMetadataBuilder;
import dev.strata.entity.EntitySchema;
import dev.strata.entity.HibernateEntityReader;
import dev.strata.entity.OfflineMetadata;

/**
 * The schema the project's entities declare, read without a database: Hibernate's boot
 * metadata is built from the entity classes with the project's JPA settings
 * ({@code spring.jpa.properties.*} and the {@code spring.jpa.hibernate.naming.*}
 * strategies) for the database the dialect names, then read as Hibernate would create it.
 */
final class ProjectEntities implements EntitySource {

	private final List<String> classNames;

	private final ClassLoader loader;

	private final Map<String, String> settings;

	private final String databaseVersion;

	/**
	 * Create the source.
	 * @param classNames the entity classes
	 * @param loader the project's class loader
	 * @param properties the project's configuration
	 * @param databaseVersion the version of the database Hibernate is told about
	 */
	ProjectEntities(List<String> classNames, ClassLoader loader, ApplicationProperties properties,
			String databaseVersion) {
		this.classNames = List.copyOf(classNames);
		this.loader = loader;
		this.settings = settings(properties);
		this.databaseVersion = databaseVersion;
	}

	private static Map<String, String> settings(ApplicationProperties properties) {
		Map<String, String> settings = new LinkedHashMap<>();
		properties.get("spring.jpa.hibernate.naming.physical-strategy")
			.ifPresent((strategy) -> settings.put("hibernate.physical_naming_strategy", strategy));
		properties.get("spring.jpa.hibernate.naming.implicit-strategy")
			.ifPresent((strategy) -> settings.put("hibernate.implicit_naming_strategy", strategy));
		settings.putAll(properties.withPrefix("spring.jpa.properties"));
		return settings;
	}

	/**
	 * Return the entity classes.
	 * @return the class names
	 */
	List<String> classNames() {
		return this.classNames;
	}

	@Override
	public Optional<EntitySchema> read(Dialect dialect) {
		if (this.classNames.isEmpty()) {
			return Optional.empty();
		}
		try (OfflineMetadata metadata = EntityMetadataBuilder.forDatabase(dialect.name(), this.databaseVersion)
			.classLoader(this.loader)
			.classNames(this.classNames)
			.settings(this.settings)
			.build()) {
			return Optional.of(new HibernateEntityReader().read(metadata.metadata(), dialect));
		}
	}

}
