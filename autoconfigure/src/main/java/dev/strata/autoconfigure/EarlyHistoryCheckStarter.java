package dev.strata.autoconfigure;

import dev.strata.Strata;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.util.ClassUtils;

/**
 * Starts a {@linkplain EarlyHistoryCheck check of the history} as soon as the application
 * context exists, before it refreshes (registered in {@code META-INF/spring.factories},
 * after {@link MigrationClassScanStarter}, whose scan gives the migrations): when the
 * migrations run at startup or when the application is ready, the early scan was started,
 * and the properties tell the login of the migrations for sure ({@link MigrationsLogin}).
 * The check logs in with a plain connection, changes nothing and is closed when it ends.
 * Nothing starts with {@code migrations.early-check=false}, with
 * {@code migrations.repair} (whose runs always read the whole history), or in a context
 * that Spring's TestContext framework starts: tests often replace the data source
 * ({@code @ServiceConnection}, {@code @AutoConfigureTestDatabase}), and the check must
 * not log in to a database that the properties name and the test does not use.
 */
public class EarlyHistoryCheckStarter implements ApplicationListener<ApplicationContextInitializedEvent>, Ordered {

	/**
	 * The property source that Spring's TestContext framework adds to every context that
	 * Spring Boot's test support starts ({@code TestPropertySourceUtils}).
	 */
	private static final String INLINED_TEST_PROPERTIES = "Inlined Test Properties";

	/** The property source of {@code @DynamicPropertySource} methods. */
	private static final String DYNAMIC_TEST_PROPERTIES = "Dynamic Test Properties";

	/** The order of this listener: after the scan's starter. */
	public static final int ORDER = MigrationClassScanStarter.ORDER + 1;

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public void onApplicationEvent(ApplicationContextInitializedEvent event) {
		ConfigurableApplicationContext context = event.getApplicationContext();
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		EarlyMigrationClassScan scan = MigrationsAutoConfiguration.startedEarly(beanFactory,
				EarlyMigrationClassScan.BEAN_NAME, EarlyMigrationClassScan.class);
		ClassLoader classLoader = (context.getClassLoader() != null) ? context.getClassLoader()
				: ClassUtils.getDefaultClassLoader();
		if (scan == null || classLoader == null || beanFactory.containsSingleton(EarlyHistoryCheck.BEAN_NAME)) {
			return;
		}
		EarlyHistoryCheck check = start(context, scan, classLoader);
		if (check != null) {
			beanFactory.registerSingleton(EarlyHistoryCheck.BEAN_NAME, check);
		}
	}

	private static @Nullable EarlyHistoryCheck start(ConfigurableApplicationContext context,
			EarlyMigrationClassScan scan, ClassLoader classLoader) {
		try {
			Binder binder = Binder.get(context.getEnvironment());
			MigrationsProperties properties = binder.bindOrCreate("migrations", MigrationsProperties.class);
			boolean runsAtStart = properties.exitAfterRun()
					|| RunAtCondition.effective(context.getEnvironment()) != RunAt.NEVER;
			if (!runsAtStart || !properties.earlyCheck() || properties.repair()
					|| isStartedByTestContext(context.getEnvironment())) {
				return null;
			}
			MigrationsLogin login = MigrationsLogin.of(properties, binder, classLoader);
			if (login == null) {
				return null;
			}
			Strata strata = Strata.builder(login.dataSource(classLoader))
				.migrationSet(scan::migrationSet)
				.settings(properties.runnerSettings())
				.build();
			return EarlyHistoryCheck.start(login, strata);
		}
		catch (RuntimeException | LinkageError ex) {
			// Properties that do not bind, no driver for the URL, or one that fails to
			// load: the beans report it.
			return null;
		}
	}

	private static boolean isStartedByTestContext(ConfigurableEnvironment environment) {
		MutablePropertySources sources = environment.getPropertySources();
		return sources.contains(INLINED_TEST_PROPERTIES) || sources.contains(DYNAMIC_TEST_PROPERTIES);
	}

}
