package dev.strata.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.HibernateException;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Builds Hibernate's boot metadata for a set of entities without a database, as a Spring
 * Boot application's Hibernate would see them: the database is named rather than
 * connected to, and the settings default to Spring Boot's naming strategies
 * ({@code PhysicalNamingStrategySnakeCaseImpl} and, when {@code spring-boot-hibernate} is
 * on the class path, {@code SpringImplicitNamingStrategy}). The application's own
 * Hibernate settings ({@code spring.jpa.properties}) override the defaults.
 * <p>
 * Settings that would open a connection or run schema tooling are dropped: the metadata
 * is only built, never turned into a {@code SessionFactory}.
 * <p>
 * Bean Validation constraints ({@code @NotNull}, {@code @Size}) are not applied:
 * Hibernate applies them to the schema when a {@code SessionFactory} starts, which this
 * builder never does. Metadata captured from the running application
 * ({@link MetadataCapturingIntegrator}) includes them.
 */
public final class EntityMetadataBuilder {

	/** Spring Boot's default physical naming strategy. */
	public static final String BOOT_PHYSICAL_NAMING_STRATEGY = "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl";

	/**
	 * Spring Boot's default implicit naming strategy, in {@code spring-boot-hibernate}.
	 */
	public static final String BOOT_IMPLICIT_NAMING_STRATEGY = "org.springframework.boot.hibernate.SpringImplicitNamingStrategy";

	private static final Pattern VERSION = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?.*");

	private static final List<String> DROPPED_SETTING_PREFIXES = List.of("hibernate.connection.",
			"jakarta.persistence.jdbc.", "javax.persistence.jdbc.", "hibernate.hbm2ddl.",
			"jakarta.persistence.schema-generation.", "javax.persistence.schema-generation.");

	private static final List<String> DROPPED_SETTINGS = List.of("jakarta.persistence.jtaDataSource",
			"jakarta.persistence.nonJtaDataSource", "javax.persistence.jtaDataSource",
			"javax.persistence.nonJtaDataSource");

	private final String productName;

	private final String version;

	private final List<String> classNames = new ArrayList<>();

	private final List<Class<?>> classes = new ArrayList<>();

	private final List<String> packages = new ArrayList<>();

	private final List<String> mappingResources = new ArrayList<>();

	private final Map<String, Object> settings = new LinkedHashMap<>();

	private @Nullable ClassLoader classLoader;

	private EntityMetadataBuilder(String productName, String version) {
		this.productName = productName;
		this.version = version;
	}

	/**
	 * Start building metadata for a database.
	 * @param productName the database product name as JDBC reports it, for example
	 * {@code PostgreSQL} or {@code H2}
	 * @param version the database version, for example {@code 15}, {@code 15.4} or
	 * {@code 2.4.240}
	 * @return the builder
	 */
	public static EntityMetadataBuilder forDatabase(String productName, String version) {
		Objects.requireNonNull(productName, "'productName' must not be null");
		Objects.requireNonNull(version, "'version' must not be null");
		if (!VERSION.matcher(version.trim()).matches()) {
			throw new IllegalArgumentException(
					"Database version [" + version + "] must start with a number, for example 15.4 or 2.4.240");
		}
		return new EntityMetadataBuilder(productName, version.trim());
	}

	/**
	 * Add entity, embeddable and mapped superclass classes.
	 * @param entityClasses the classes
	 * @return this builder
	 */
	public EntityMetadataBuilder classes(Class<?>... entityClasses) {
		this.classes.addAll(List.of(entityClasses));
		return this;
	}

	/**
	 * Add entity, embeddable and mapped superclass classes by name, as Spring's
	 * {@code PersistenceManagedTypes.getManagedClassNames()} lists them.
	 * @param names the class names
	 * @return this builder
	 */
	public EntityMetadataBuilder classNames(List<String> names) {
		this.classNames.addAll(names);
		return this;
	}

	/**
	 * Add packages whose {@code package-info} carries mapping annotations (generators,
	 * converters), as {@code PersistenceManagedTypes.getManagedPackages()} lists them.
	 * The packages are not scanned for entities.
	 * @param names the package names
	 * @return this builder
	 */
	public EntityMetadataBuilder packages(List<String> names) {
		this.packages.addAll(names);
		return this;
	}

	/**
	 * Add XML mapping files ({@code orm.xml}) from the class path.
	 * @param resources the resource names
	 * @return this builder
	 */
	public EntityMetadataBuilder mappingResources(List<String> resources) {
		this.mappingResources.addAll(resources);
		return this;
	}

	/**
	 * Add Hibernate or JPA settings, for example the application's
	 * {@code spring.jpa.properties}. They override the defaults.
	 * @param values the settings
	 * @return this builder
	 */
	public EntityMetadataBuilder settings(Map<String, ?> values) {
		this.settings.putAll(values);
		return this;
	}

	/**
	 * Set the class loader of the entity classes.
	 * @param loader the class loader
	 * @return this builder
	 */
	public EntityMetadataBuilder classLoader(ClassLoader loader) {
		this.classLoader = loader;
		return this;
	}

	/**
	 * Return the settings the metadata is built with.
	 * @return the settings, defaults first
	 */
	public Map<String, Object> effectiveSettings() {
		Map<String, Object> effective = new LinkedHashMap<>();
		effective.put("hibernate.physical_naming_strategy", BOOT_PHYSICAL_NAMING_STRATEGY);
		if (isPresent(BOOT_IMPLICIT_NAMING_STRATEGY)) {
			effective.put("hibernate.implicit_naming_strategy", BOOT_IMPLICIT_NAMING_STRATEGY);
		}
		this.settings.forEach((key, value) -> {
			if (!isDropped(key)) {
				effective.put(key, value);
			}
		});
		Matcher version = VERSION.matcher(this.version);
		version.matches();
		effective.put("jakarta.persistence.database-product-name", this.productName);
		effective.put("jakarta.persistence.database-major-version", version.group(1));
		effective.put("jakarta.persistence.database-minor-version",
				(version.group(2) != null) ? version.group(2) : "0");
		effective.put("jakarta.persistence.database-product-version", this.version);
		effective.put("hibernate.boot.allow_jdbc_metadata_access", "false");
		return effective;
	}

	private static boolean isDropped(String key) {
		return DROPPED_SETTINGS.contains(key) || DROPPED_SETTING_PREFIXES.stream().anyMatch(key::startsWith);
	}

	private boolean isPresent(String className) {
		try {
			Class.forName(className, false, classLoader());
			return true;
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return false;
		}
	}

	private ClassLoader classLoader() {
		if (this.classLoader != null) {
			return this.classLoader;
		}
		ClassLoader context = Thread.currentThread().getContextClassLoader();
		return (context != null) ? context : EntityMetadataBuilder.class.getClassLoader();
	}

	/**
	 * Build the metadata.
	 * @return the metadata, to be closed after use
	 * @throws EntityMappingException if Hibernate cannot map the entities
	 */
	public OfflineMetadata build() {
		BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(classLoader())
			.build();
		StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap)
			.applySettings(effectiveSettings())
			.build();
		try {
			MetadataSources sources = new MetadataSources(registry);
			this.classes.forEach(sources::addAnnotatedClass);
			this.classNames.forEach(sources::addAnnotatedClassName);
			this.packages.forEach(sources::addPackage);
			this.mappingResources.forEach(sources::addResource);
			return new OfflineMetadata(sources.buildMetadata(), registry);
		}
		catch (HibernateException ex) {
			StandardServiceRegistryBuilder.destroy(registry);
			throw new EntityMappingException("Hibernate cannot map the entities for " + this.productName + " "
					+ this.version + ": " + ex.getMessage(), ex);
		}
		catch (RuntimeException ex) {
			StandardServiceRegistryBuilder.destroy(registry);
			throw ex;
		}
	}

}
