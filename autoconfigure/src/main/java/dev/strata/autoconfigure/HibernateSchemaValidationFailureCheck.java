package dev.strata.autoconfigure;

import java.util.List;

import dev.strata.ProblemSource;
import dev.strata.Strata;
import dev.strata.ValidationProblem;
import dev.strata.runner.MigrationState;
import dev.strata.runner.MigrationStatusReport;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * When Hibernate fails to build its {@code SessionFactory} (its own schema validation
 * fails that way), checks whether the migrations already build what the entities declare
 * and whether migrations are pending, for
 * {@link HibernateSchemaValidationFailureAnalyzer}.
 * <p>
 * The check runs while the failed build unwinds, when the entities, the migrations and
 * the database can still be read. Spring then destroys every bean of the context before
 * failure analyzers run, so the result is handed over through the bean factory: this
 * listener is added to the context itself, which outlives the beans, and registers the
 * result on {@link ApplicationFailedEvent}, published after the beans are gone and before
 * the failure is analyzed. Nothing is checked when Hibernate starts normally.
 */
final class HibernateSchemaValidationFailureCheck implements ApplicationListener<ApplicationFailedEvent> {

	/** The name the {@link Result} is registered under. */
	static final String RESULT_BEAN_NAME = "strataHibernateSchemaValidationFailureCheck";

	private static final int MAX_DIFFERENCES = 10;

	private static final Log logger = LogFactory.getLog(HibernateSchemaValidationFailureCheck.class);

	private final ObjectProvider<Strata> strata;

	private final ConfigurableApplicationContext context;

	private volatile @Nullable Result result;

	private HibernateSchemaValidationFailureCheck(ObjectProvider<Strata> strata,
			ConfigurableApplicationContext context) {
		this.strata = strata;
		this.context = context;
	}

	/**
	 * Check the migrations when the {@code SessionFactory} built from the given entities
	 * fails to build.
	 * @param entities the entity source Hibernate reports its build to
	 * @param strata the migrations to check
	 * @param context the context whose failure is analyzed
	 */
	static void register(HibernateEntitySource entities, ObjectProvider<Strata> strata,
			ConfigurableApplicationContext context) {
		HibernateSchemaValidationFailureCheck check = new HibernateSchemaValidationFailureCheck(strata, context);
		entities.onFailedBuild(check::check);
		context.addApplicationListener(check);
	}

	/**
	 * Return the result of the check for the context of the given bean factory, if it
	 * ran.
	 * @param beanFactory the bean factory of the failed context
	 * @return the result, or {@code null}
	 */
	static @Nullable Result find(BeanFactory beanFactory) {
		return beanFactory.containsBean(RESULT_BEAN_NAME) ? beanFactory.getBean(RESULT_BEAN_NAME, Result.class) : null;
	}

	private void check() {
		try {
			Strata strata = this.strata.getIfAvailable();
			if (strata == null) {
				return;
			}
			boolean migrationsMatchEntities = strata.validateMigrations().problems().isEmpty();
			this.result = new Result(migrationsMatchEntities, migrationsPending(strata), databaseDifferences(strata));
		}
		catch (RuntimeException ex) {
			logger.debug("Could not check the migrations against the entities after Hibernate failed to start; "
					+ "the failure analysis gives its general advice", ex);
		}
	}

	private static boolean migrationsPending(Strata strata) {
		try {
			MigrationStatusReport status = strata.status();
			return !status.inState(MigrationState.PENDING).isEmpty()
					|| !status.inState(MigrationState.FAILED).isEmpty();
		}
		catch (RuntimeException ex) {
			logger.debug("Could not read the state of the migrations after Hibernate failed to start", ex);
			return true;
		}
	}

	private static @Nullable List<String> databaseDifferences(Strata strata) {
		try {
			return strata.validateDatabase()
				.from(ProblemSource.DATABASE)
				.stream()
				.map(ValidationProblem::message)
				.limit(MAX_DIFFERENCES)
				.toList();
		}
		catch (RuntimeException ex) {
			logger.debug("Could not compare the database with the entities after Hibernate failed to start", ex);
			return null;
		}
	}

	@Override
	public void onApplicationEvent(ApplicationFailedEvent event) {
		Result checked = this.result;
		if (checked == null || event.getApplicationContext() != this.context
				|| HibernateSchemaValidationFailureAnalyzer.findSchemaValidationFailure(event.getException()) == null) {
			return;
		}
		ConfigurableListableBeanFactory beanFactory = this.context.getBeanFactory();
		if (!beanFactory.containsSingleton(RESULT_BEAN_NAME)) {
			beanFactory.registerSingleton(RESULT_BEAN_NAME, checked);
		}
	}

	/**
	 * What the check found.
	 *
	 * @param migrationsMatchEntities whether the migrations build what the entities
	 * declare, so that generating would produce nothing
	 * @param migrationsPending whether migrations were pending or had failed when
	 * Hibernate validated (or whether that could not be read)
	 * @param databaseDifferences how the database differs from the entities, as Strata
	 * sees it (the first few), {@code null} if the database could not be compared
	 */
	record Result(boolean migrationsMatchEntities, boolean migrationsPending,
			@Nullable List<String> databaseDifferences) {

	}

}
