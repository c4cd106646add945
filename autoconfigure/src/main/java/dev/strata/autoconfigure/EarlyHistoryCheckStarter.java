package dev.strata.autoconfigure;

import dev.strata.Strata;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.util.ClassUtils;

/**
 * Starts a {@linkplain EarlyHistoryCheck check of the history} as soon as the application
 * context exists, before it refreshes (registered in {@code META-INF/spring.factories},
 * after {@link MigrationClassScanStarter}, whose scan gives the migrations): when the
 * migrations run at startup or when the application is ready, the early scan was started,
 * and the properties tell the login of the migrations ({@link MigrationsLogin}). The
 * check logs in with a plain connection, changes nothing and is closed when it ends;
 * nothing starts with {@code migrations.repair}, whose runs always read the whole
 * history.
 */
public class EarlyHistoryCheckStarter implements ApplicationListener<ApplicationContextInitializedEvent>, Ordered {

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
		if (!beanFactory.containsSingleton(EarlyMigrationClassScan.BEAN_NAME)
				|| beanFactory.containsSingleton(EarlyHistoryCheck.BEAN_NAME)) {
			return;
		}
		EarlyMigrationClassScan scan = (EarlyMigrationClassScan) beanFactory
			.getSingleton(EarlyMigrationClassScan.BEAN_NAME);
		ClassLoader classLoader = (context.getClassLoader() != null) ? context.getClassLoader()
				: ClassUtils.getDefaultClassLoader();
		if (scan == null || classLoader == null) {
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
			MigrationsLogin login = (runsAtStart && !properties.repair())
					? MigrationsLogin.of(properties, binder, classLoader) : null;
			if (login == null) {
				return null;
			}
			Strata strata = Strata.builder(login.dataSource(classLoader))
				.migrationClasses(scan::classes)
				.settings(properties.runnerSettings())
				.build();
			return EarlyHistoryCheck.start(login, strata);
		}
		catch (RuntimeException ex) {
			// Properties that do not bind, or no driver for the URL: the beans report it.
			return null;
		}
	}

}
