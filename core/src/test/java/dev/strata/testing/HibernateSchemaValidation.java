package dev.strata.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.strata.entity.EntityMetadataBuilder;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * Hibernate's own {@code ddl-auto=validate} against a real database, for tests only: it
 * throws when the database does not have what the entities need.
 */
public final class HibernateSchemaValidation {

	private HibernateSchemaValidation() {
	}

	/**
	 * Start a session factory with {@code hibernate.hbm2ddl.auto=validate} on the
	 * database.
	 * @param builder the builder whose settings to use (dialect, naming strategies)
	 * @param classes the entity classes
	 * @param dataSource the database
	 * @throws org.hibernate.tool.schema.spi.SchemaManagementException if validation fails
	 */
	public static void validate(EntityMetadataBuilder builder, List<Class<?>> classes, DataSource dataSource) {
		Map<String, Object> settings = new LinkedHashMap<>(builder.effectiveSettings());
		settings.put("hibernate.boot.allow_jdbc_metadata_access", "true");
		settings.put("hibernate.connection.datasource", dataSource);
		settings.put("hibernate.hbm2ddl.auto", "validate");
		StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
		try {
			MetadataSources sources = new MetadataSources(registry);
			classes.forEach(sources::addAnnotatedClass);
			try (SessionFactory sessionFactory = sources.buildMetadata().buildSessionFactory()) {
				sessionFactory.getMetamodel();
			}
		}
		finally {
			StandardServiceRegistryBuilder.destroy(registry);
		}
	}

}
