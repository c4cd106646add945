package dev.strata.testing;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.strata.entity.EntityMetadataBuilder;
import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.tool.schema.spi.DelayedDropRegistryNotAvailableImpl;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * Hibernate's own create script, produced without a database, for tests only.
 */
public final class HibernateCreateScript {

	private static final String ACTION = "jakarta.persistence.schema-generation.scripts.action";

	private static final String TARGET = "jakarta.persistence.schema-generation.scripts.create-target";

	private HibernateCreateScript() {
	}

	/**
	 * Return the statements a {@code SessionFactory} with a {@code create} schema action
	 * writes: the path {@code ddl-auto=create} takes.
	 * @param builder the builder whose settings and classes to use
	 * @param classes the entity classes
	 * @return the statements, without delimiters
	 */
	public static List<String> ofSessionFactory(EntityMetadataBuilder builder, List<Class<?>> classes) {
		StringWriter script = new StringWriter();
		Map<String, Object> settings = new LinkedHashMap<>(builder.effectiveSettings());
		settings.put(ACTION, "create");
		settings.put(TARGET, script);
		settings.put("hibernate.hbm2ddl.delimiter", ";");
		StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
		try {
			MetadataSources sources = new MetadataSources(registry);
			classes.forEach(sources::addAnnotatedClass);
			SessionFactory sessionFactory = sources.buildMetadata().buildSessionFactory();
			sessionFactory.close();
			return statements(script.toString());
		}
		finally {
			StandardServiceRegistryBuilder.destroy(registry);
		}
	}

	/**
	 * Return the statements Hibernate's schema tooling writes for metadata it is given,
	 * after ordering its columns as a {@code create} action does: both change the
	 * metadata, as they do in an application.
	 * @param metadata the metadata
	 * @param registry its service registry
	 * @return the statements, without delimiters
	 */
	public static List<String> ofMetadata(Metadata metadata, StandardServiceRegistry registry) {
		((MetadataImplementor) metadata).orderColumns(true);
		StringWriter script = new StringWriter();
		Map<String, Object> settings = new HashMap<>(registry.requireService(ConfigurationService.class).getSettings());
		settings.put(ACTION, "create");
		settings.put(TARGET, script);
		settings.put("hibernate.hbm2ddl.delimiter", ";");
		SchemaManagementToolCoordinator.process(metadata, registry, settings,
				DelayedDropRegistryNotAvailableImpl.INSTANCE);
		return statements(script.toString());
	}

	private static List<String> statements(String script) {
		return Arrays.stream(script.split(";\\s*(\\R|$)")).map(String::trim).filter((line) -> !line.isEmpty()).toList();
	}

}
