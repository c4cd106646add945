package dev.strata.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import dev.strata.migration.Migration;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;

/**
 * The project's compiled classes and runtime class path in a class loader of their own,
 * and what the goals look for among the project's own classes: migrations, entities and
 * the Spring Boot application class.
 * <p>
 * The loader asks the plugin first, so that the project's classes and the plugin's Strata
 * and Hibernate share {@code Migration}, the JPA annotations and Hibernate's types; what
 * the plugin does not have (the JDBC driver, Spring Boot's naming strategy, the project's
 * own classes) comes from the project.
 */
final class ProjectClasses implements AutoCloseable {

	private static final String SPRING_BOOT_APPLICATION = "org.springframework.boot.autoconfigure.SpringBootApplication";

	private final URLClassLoader loader;

	private final Path classesDirectory;

	private final List<String> classNames;

	ProjectClasses(List<Path> classpath, Path classesDirectory, ClassLoader parent) {
		this.loader = new URLClassLoader("strata-project", urls(classpath), parent);
		this.classesDirectory = classesDirectory;
		this.classNames = classNames(classesDirectory);
	}

	private static URL[] urls(List<Path> classpath) {
		List<URL> urls = new ArrayList<>();
		for (Path element : classpath) {
			try {
				urls.add(element.toUri().toURL());
			}
			catch (MalformedURLException ex) {
				throw new IllegalArgumentException("Class path element [" + element + "] is not a valid URL", ex);
			}
		}
		return urls.toArray(URL[]::new);
	}

	private static List<String> classNames(Path directory) {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter((file) -> file.toString().endsWith(".class"))
				.map((file) -> directory.relativize(file).toString())
				.map((name) -> name.substring(0, name.length() - ".class".length())
					.replace('\\', '.')
					.replace('/', '.'))
				.filter((name) -> !name.endsWith("package-info") && !name.endsWith("module-info"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the classes in [" + directory + "]", ex);
		}
	}

	/**
	 * Return the class loader.
	 * @return the loader of the project's classes
	 */
	ClassLoader loader() {
		return this.loader;
	}

	/**
	 * Return whether the project has compiled classes.
	 * @return whether the classes directory holds any class
	 */
	boolean compiled() {
		return !this.classNames.isEmpty();
	}

	/**
	 * Return the package of the Spring Boot application class, from which Spring Boot
	 * scans entities and Strata derives the default migrations package.
	 * @return the package, or nothing if no class is annotated
	 * {@code @SpringBootApplication}
	 */
	Optional<String> applicationPackage() {
		for (String name : this.classNames) {
			Class<?> type = load(name);
			if (type == null) {
				continue;
			}
			for (Annotation annotation : type.getAnnotations()) {
				if (annotation.annotationType().getName().equals(SPRING_BOOT_APPLICATION)) {
					return Optional.of(type.getPackageName());
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Return the names of the entity, embeddable, mapped superclass and converter classes
	 * in some packages, as Spring Boot's entity scan finds them.
	 * @param packages the packages, with their sub-packages; empty for all
	 * @return the class names, sorted
	 */
	List<String> entityClassNames(List<String> packages) {
		List<String> names = new ArrayList<>();
		for (String name : this.classNames) {
			if (!inPackages(name, packages)) {
				continue;
			}
			Class<?> type = load(name);
			if (type != null && (type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Embeddable.class)
					|| type.isAnnotationPresent(MappedSuperclass.class) || type.isAnnotationPresent(Converter.class))) {
				names.add(name);
			}
		}
		return names;
	}

	/**
	 * Instantiate the migration classes of a package and its sub-packages.
	 * @param migrationsPackage the package
	 * @return the migrations, in class name order
	 * @throws IllegalStateException if a migration class has no constructor without
	 * arguments, or its constructor fails
	 */
	List<Migration> migrations(String migrationsPackage) {
		List<Migration> migrations = new ArrayList<>();
		for (String name : this.classNames) {
			if (!inPackages(name, List.of(migrationsPackage))) {
				continue;
			}
			Class<?> type = load(name);
			if (type == null || !Migration.class.isAssignableFrom(type) || type.isInterface()
					|| Modifier.isAbstract(type.getModifiers())) {
				continue;
			}
			migrations.add(instantiate(type));
		}
		return migrations;
	}

	private static Migration instantiate(Class<?> type) {
		try {
			Constructor<?> constructor = type.getDeclaredConstructor();
			constructor.setAccessible(true);
			return (Migration) constructor.newInstance();
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException("Migration class [" + type.getName()
					+ "] has no constructor without arguments, so the Maven plugin cannot create it (it cannot "
					+ "inject beans): give it one, and let down() and up() only describe the change", ex);
		}
		catch (InvocationTargetException | InstantiationException | IllegalAccessException ex) {
			Throwable cause = (ex instanceof InvocationTargetException target) ? target.getCause() : ex;
			throw new IllegalStateException("Migration class [" + type.getName() + "] cannot be created: " + cause,
					cause);
		}
	}

	private static boolean inPackages(String className, List<String> packages) {
		return packages.isEmpty() || packages.stream()
			.anyMatch((name) -> className.startsWith(name + ".") && !className.substring(name.length() + 1).isEmpty());
	}

	private Class<?> load(String name) {
		try {
			return Class.forName(name, false, this.loader);
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return null;
		}
	}

	/**
	 * Return the classes directory.
	 * @return the directory
	 */
	Path classesDirectory() {
		return this.classesDirectory;
	}

	@Override
	public void close() {
		try {
			this.loader.close();
		}
		catch (IOException ex) {
			// the loader's jars stay open until the JVM exits
		}
	}

}
