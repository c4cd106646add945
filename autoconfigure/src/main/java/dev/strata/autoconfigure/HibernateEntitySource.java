package dev.strata.autoconfigure;

import java.util.Optional;

import dev.strata.EntitySource;
import dev.strata.dialect.Dialect;
import dev.strata.entity.EntitySchema;
import dev.strata.entity.HibernateEntityReader;
import dev.strata.entity.MetadataCapturingIntegrator;
import org.hibernate.boot.Metadata;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;

/**
 * The entities of the running application, read from the boot metadata its own Hibernate
 * built, so that the expected schema is exactly what Hibernate would create with the
 * application's JPA settings. Registered with Hibernate as a
 * {@link HibernatePropertiesCustomizer}; the schema is read once per metadata and
 * dialect.
 */
public class HibernateEntitySource implements EntitySource, HibernatePropertiesCustomizer {

	private final MetadataCapturingIntegrator integrator = new MetadataCapturingIntegrator();

	private volatile @Nullable Cached cached;

	@Override
	public void customize(java.util.Map<String, Object> hibernateProperties) {
		this.integrator.registerIn(hibernateProperties);
	}

	/**
	 * Run an action when Hibernate fails to build the {@code SessionFactory}, for example
	 * because its own schema validation failed, while {@link #read(Dialect)} still
	 * returns the entities it was built from and before Spring destroys the other beans.
	 * @param action the action
	 * @see MetadataCapturingIntegrator#onFailedBuild(Runnable)
	 */
	public void onFailedBuild(Runnable action) {
		this.integrator.onFailedBuild(action);
	}

	@Override
	public Optional<EntitySchema> read(Dialect dialect) {
		Optional<Metadata> metadata = this.integrator.metadata();
		if (metadata.isEmpty()) {
			return Optional.empty();
		}
		Cached known = this.cached;
		if (known != null && known.metadata() == metadata.get() && known.dialect().equals(dialect.name())) {
			return Optional.of(known.schema());
		}
		EntitySchema schema = new HibernateEntityReader().read(metadata.get(), dialect);
		this.cached = new Cached(metadata.get(), dialect.name(), schema);
		return Optional.of(schema);
	}

	private record Cached(Metadata metadata, String dialect, EntitySchema schema) {

	}

}
