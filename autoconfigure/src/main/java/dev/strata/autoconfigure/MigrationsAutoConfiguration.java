package dev.strata.autoconfigure;

import java.util.List;

import javax.sql.DataSource;

import dev.strata.EntitySource;
import dev.strata.Strata;
import dev.strata.migration.Migration;
import org.hibernate.boot.Metadata;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.ExitCodeExceptionMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * Auto-configuration of Strata migrations: finds the migrations, runs them at startup or
 * when the application is ready, and tells JPA the schema is managed.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class,
		beforeName = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration")
@ConditionalOnClass(Migration.class)
@ConditionalOnBooleanProperty(name = "migrations.enabled", matchIfMissing = true)
@Conditional(MigrationsAutoConfiguration.MigrationsDataSourceCondition.class)
@EnableConfigurationProperties(MigrationsProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class MigrationsAutoConfiguration {

	@Bean
	static MigrationsSchemaManagementProvider migrationsSchemaManagementProvider(ObjectProvider<Strata> strata) {
		return new MigrationsSchemaManagementProvider(strata);
	}

	@Bean(destroyMethod = "awaitPreparation")
	@ConditionalOnMissingBean
	Strata strata(MigrationsProperties properties, ObjectProvider<DataSource> dataSource,
			@MigrationsDataSource ObjectProvider<DataSource> migrationsDataSource, ObjectProvider<Migration> migrations,
			ObjectProvider<EntitySource> entities, ConfigurableListableBeanFactory beanFactory,
			ResourceLoader resourceLoader, Environment environment) {
		String migrationsPackage = migrationsPackage(properties, beanFactory);
		ClassLoader classLoader = resourceLoader.getClassLoader();
		EarlyMigrationClassScan early = startedEarly(beanFactory, EarlyMigrationClassScan.BEAN_NAME,
				EarlyMigrationClassScan.class);
		boolean scannedEarly = early != null && early.isFor(migrationsPackage, classLoader);
		DataSource target = dataSource(properties, dataSource, migrationsDataSource, beanFactory);
		List<Migration> beans = migrations.orderedStream().toList();
		EarlyHistoryCheck earlyCheck = startedEarly(beanFactory, EarlyHistoryCheck.BEAN_NAME, EarlyHistoryCheck.class);
		Strata.Builder builder = Strata.builder(target);
		if (scannedEarly && beans.isEmpty()) {
			// The same set as the early history check's: built and summarized once.
			builder.migrationSet(early::migrationSet);
		}
		else {
			builder.migrations(beans)
				.migrationClasses(scannedEarly ? early::classes
						: () -> new MigrationClassScanner(beanFactory, classLoader).find(migrationsPackage));
		}
		Strata strata = builder.settings(properties.runnerSettings())
			.migrationsPackage(migrationsPackage)
			.entities(entities.getIfAvailable(() -> EntitySource.NONE))
			.historyCheckedAhead((earlyCheck != null) ? earlyCheck.checkFor(target) : null)
			.build();
		strata.prepareInBackground(properties.exitAfterRun() || RunAtCondition.effective(environment) != RunAt.NEVER);
		return strata;
	}

	@Bean
	@ConditionalOnMissingBean
	MigrationRunReporter migrationRunReporter(MigrationsProperties properties) {
		return new MigrationRunReporter(properties.failOnError());
	}

	@Bean
	@ConditionalOnMissingBean
	@Conditional(RunAtCondition.AtStartup.class)
	MigrationsInitializer migrationsInitializer(Strata strata, MigrationRunReporter reporter) {
		return new MigrationsInitializer(strata, reporter);
	}

	@Bean
	@ConditionalOnMissingBean
	@Conditional(RunAtCondition.WhenReady.class)
	MigrationsReadyRunner migrationsReadyRunner(Strata strata, MigrationRunReporter reporter) {
		return new MigrationsReadyRunner(strata, reporter);
	}

	/**
	 * Return what a listener started for this context before it refreshed: this context's
	 * own singleton only, not a parent context's.
	 */
	static <T> @Nullable T startedEarly(ConfigurableListableBeanFactory beanFactory, String name, Class<T> type) {
		return beanFactory.containsSingleton(name) ? type.cast(beanFactory.getSingleton(name)) : null;
	}

	private static String migrationsPackage(MigrationsProperties properties, BeanFactory beanFactory) {
		if (StringUtils.hasText(properties.packageName())) {
			return properties.packageName();
		}
		Assert.state(AutoConfigurationPackages.has(beanFactory),
				"Set 'migrations.package': the application has no auto-configuration package to derive it from");
		return AutoConfigurationPackages.get(beanFactory).get(0) + ".migrations";
	}

	private static DataSource dataSource(MigrationsProperties properties, ObjectProvider<DataSource> dataSource,
			ObjectProvider<DataSource> migrationsDataSource, BeanFactory beanFactory) {
		if (StringUtils.hasText(properties.url())) {
			DataSourceBuilder<?> builder = DataSourceBuilder.create().type(SimpleDriverDataSource.class);
			builder.url(properties.url());
			builder.username(properties.username());
			builder.password(properties.password());
			return builder.build();
		}
		MigrationsProperties.Connection named = StringUtils.hasText(properties.connection())
				? properties.connections().get(properties.connection()) : null;
		if (named != null) {
			DataSourceBuilder<?> builder = DataSourceBuilder.create().type(SimpleDriverDataSource.class);
			builder.url(named.url());
			builder.username(named.username());
			builder.password(named.password());
			return builder.build();
		}
		DataSource qualified = migrationsDataSource.getIfAvailable();
		if (qualified != null) {
			return qualified;
		}
		DataSource target = StringUtils.hasText(properties.connection())
				? beanFactory.getBean(properties.connection(), DataSource.class) : dataSource.getIfUnique();
		Assert.state(target != null, "Strata has no DataSource to migrate: define one, name it with "
				+ "'migrations.connection', or set 'migrations.url'");
		if (StringUtils.hasText(properties.username())) {
			DataSourceBuilder<?> builder = DataSourceBuilder.derivedFrom(target).type(SimpleDriverDataSource.class);
			builder.username(properties.username());
			builder.password(properties.password());
			return builder.build();
		}
		return target;
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty("migrations.exit-after-run")
	static class ExitAfterRunConfiguration {

		@Bean
		MigrationsExitRunner migrationsExitRunner(Strata strata, ConfigurableApplicationContext context) {
			return new MigrationsExitRunner(strata, context);
		}

		@Bean
		ExitCodeExceptionMapper migrationsExitCodeExceptionMapper() {
			return (exception) -> MigrationsExitRunner.FAILURE;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ HibernatePropertiesCustomizer.class, Metadata.class })
	static class HibernateEntitiesConfiguration {

		@Bean
		@ConditionalOnMissingBean(EntitySource.class)
		HibernateEntitySource hibernateEntitySource(ObjectProvider<Strata> strata,
				ConfigurableApplicationContext context) {
			HibernateEntitySource entities = new HibernateEntitySource();
			HibernateSchemaValidationFailureCheck.register(entities, strata, context);
			return entities;
		}

	}

	static final class MigrationsDataSourceCondition extends AnyNestedCondition {

		MigrationsDataSourceCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnBean(DataSource.class)
		private static final class DataSourceBeanCondition {

		}

		@ConditionalOnProperty("migrations.url")
		private static final class MigrationsUrlCondition {

		}

	}

}
