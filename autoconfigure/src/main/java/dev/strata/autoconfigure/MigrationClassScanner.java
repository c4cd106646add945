package dev.strata.autoconfigure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.strata.migration.Migration;
import dev.strata.runner.MigrationException;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Finds the migrations of an application: the {@link Migration} beans, and the
 * {@link Migration} classes in the migrations package, which it instantiates with the
 * bean factory so that they may have dependencies injected. A class found both ways
 * counts once, as the bean.
 */
final class MigrationClassScanner {

	private final AutowireCapableBeanFactory beanFactory;

	private final ClassLoader classLoader;

	MigrationClassScanner(AutowireCapableBeanFactory beanFactory, ClassLoader classLoader) {
		this.beanFactory = beanFactory;
		this.classLoader = classLoader;
	}

	List<Migration> find(Collection<Migration> beans, String migrationsPackage) {
		Map<Class<?>, Migration> migrations = new LinkedHashMap<>();
		for (Migration bean : beans) {
			migrations.putIfAbsent(ClassUtils.getUserClass(bean), bean);
		}
		for (Class<?> type : scan(migrationsPackage)) {
			if (!migrations.containsKey(type)) {
				migrations.put(type, instantiate(type));
			}
		}
		return new ArrayList<>(migrations.values());
	}

	private List<Class<?>> scan(String migrationsPackage) {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.setResourceLoader(new org.springframework.core.io.DefaultResourceLoader(this.classLoader));
		scanner.addIncludeFilter(new AssignableTypeFilter(Migration.class));
		List<Class<?>> types = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents(migrationsPackage)) {
			String className = candidate.getBeanClassName();
			if (className == null) {
				continue;
			}
			try {
				types.add(ClassUtils.forName(className, this.classLoader));
			}
			catch (ClassNotFoundException | LinkageError ex) {
				throw new MigrationException("Migration class [" + className + "] cannot be loaded: " + ex, className,
						null, null, null, null, ex);
			}
		}
		return types;
	}

	private Migration instantiate(Class<?> type) {
		try {
			return (Migration) this.beanFactory.createBean(type);
		}
		catch (BeansException ex) {
			Throwable cause = (ex.getMostSpecificCause() != null) ? ex.getMostSpecificCause() : ex;
			throw new MigrationException(
					"Migration class [" + type.getName() + "] cannot be instantiated: " + cause.getMessage()
							+ ". Give it a public constructor whose parameters are beans, or make it a bean itself.",
					type.getSimpleName(), null, null, null, null, ex);
		}
	}

}
