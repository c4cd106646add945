package dev.strata.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hibernate.SessionFactory;
import org.hibernate.SessionFactoryObserver;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Captures the boot metadata of a running application's {@code SessionFactory}, so that
 * Strata reads exactly what the application maps, with its own settings.
 * <p>
 * Register it under the {@value #SETTING} setting of the persistence unit (in Spring
 * Boot, from a {@code HibernatePropertiesCustomizer}), for example with
 * {@link #registerIn(Map)}. Hibernate then calls {@link #integrate} while it builds the
 * {@code SessionFactory}: after the metadata is complete and after its own Bean
 * Validation integrator has applied {@code @NotNull} and {@code @Size} to the mapping,
 * but before it orders columns, validates the mapping or runs any schema action. The
 * captured metadata is ordered later only if the application configures a {@code create}
 * schema action; {@link HibernateEntityReader} reads the same schema either way.
 * <p>
 * The metadata stays referenced until the {@code SessionFactory} is closed, or until its
 * build has failed; {@link #onFailedBuild(Runnable)} runs actions before it is released.
 */
public final class MetadataCapturingIntegrator implements Integrator, IntegratorProvider {

	/** The setting Hibernate reads integrator providers from. */
	public static final String SETTING = JpaSettings.INTEGRATOR_PROVIDER;

	private final List<Runnable> failedBuildActions = new CopyOnWriteArrayList<>();

	private volatile @Nullable Metadata metadata;

	private volatile boolean created;

	@Override
	public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
			SessionFactoryImplementor sessionFactory) {
		this.metadata = metadata;
		this.created = false;
		// Observers run in the order they were added, so after the one that runs the
		// schema
		// action: a build that fails there never reaches this one
		sessionFactory.addObserver(new CreationObserver(this));
	}

	@Override
	public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
		if (!this.created) {
			this.failedBuildActions.forEach(Runnable::run);
		}
		this.metadata = null;
	}

	/**
	 * Run an action when the {@code SessionFactory} fails to build after its metadata is
	 * complete (Hibernate's own schema validation,
	 * {@code hibernate.hbm2ddl.auto=validate}, fails that way), while {@link #metadata()}
	 * still returns that metadata: the action can compare what the entities declare with
	 * something else to explain the failure. It runs on the thread that builds the
	 * {@code SessionFactory}; Hibernate adds an exception it throws to the build's
	 * failure as a suppressed exception.
	 * @param action the action
	 */
	public void onFailedBuild(Runnable action) {
		this.failedBuildActions.add(Objects.requireNonNull(action, "'action' must not be null"));
	}

	@Override
	public List<Integrator> getIntegrators() {
		return List.of(this);
	}

	/**
	 * Return the captured metadata.
	 * @return the metadata of the {@code SessionFactory} being built or running, empty
	 * before it is built and after it is closed
	 */
	public Optional<Metadata> metadata() {
		return Optional.ofNullable(this.metadata);
	}

	/**
	 * Register this integrator in Hibernate settings, keeping an integrator provider that
	 * is registered already (given as an instance, a class or a class name).
	 * @param settings the settings of the persistence unit, changed in place
	 */
	public void registerIn(Map<String, Object> settings) {
		Object existing = settings.get(SETTING);
		if (existing == null || existing == this) {
			settings.put(SETTING, this);
			return;
		}
		IntegratorProvider other = provider(existing);
		settings.put(SETTING, (IntegratorProvider) () -> {
			List<Integrator> integrators = new ArrayList<>(other.getIntegrators());
			integrators.add(this);
			return integrators;
		});
	}

	private static IntegratorProvider provider(Object value) {
		if (value instanceof IntegratorProvider provider) {
			return provider;
		}
		try {
			Class<?> type = (value instanceof Class<?> given) ? given
					: Class.forName(value.toString(), true, Thread.currentThread().getContextClassLoader());
			return (IntegratorProvider) type.getDeclaredConstructor().newInstance();
		}
		catch (ReflectiveOperationException | ClassCastException ex) {
			throw new IllegalStateException("The integrator provider [" + value + "] set under [" + SETTING
					+ "] cannot be created; give it as an IntegratorProvider instance", ex);
		}
	}

	/**
	 * Tells the integrator that its {@code SessionFactory} was created.
	 */
	private static final class CreationObserver implements SessionFactoryObserver {

		private static final long serialVersionUID = 1L;

		private final transient MetadataCapturingIntegrator integrator;

		CreationObserver(MetadataCapturingIntegrator integrator) {
			this.integrator = integrator;
		}

		@Override
		public void sessionFactoryCreated(SessionFactory factory) {
			this.integrator.created = true;
		}

	}

}
