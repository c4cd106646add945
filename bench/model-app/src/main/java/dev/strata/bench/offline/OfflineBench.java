package dev.strata.bench.offline;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.stream.Stream;

import dev.strata.Generation;
import dev.strata.Strata;
import dev.strata.Validation;
import dev.strata.bench.support.StartupProbe;
import dev.strata.dialect.Dialect;
import dev.strata.dialect.postgresql.PostgresDialect;
import dev.strata.diff.Renames;
import dev.strata.entity.EntityMetadataBuilder;
import dev.strata.entity.EntitySchema;
import dev.strata.entity.HibernateEntityReader;
import dev.strata.entity.OfflineMetadata;
import dev.strata.migration.Migration;

/**
 * Generates the next migration and validates the migrations against 200 entities, with
 * 1,000 migrations and no database, in a fresh JVM, as a build step or a command line
 * would. The entities declare ten columns that no migration adds yet, so the generated
 * migration adds them and validation reports them. Prints the time of each phase.
 */
public final class OfflineBench {

	private static final String ENTITIES = "dev.strata.bench.offline.entities";

	private static final String MIGRATIONS = "dev.strata.bench.offline.migrations";

	private OfflineBench() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, Object> measures = new LinkedHashMap<>();
		long start = System.nanoTime();
		long mark = start;
		List<Class<?>> entityClasses = classesIn(ENTITIES);
		List<Migration> migrations = new ArrayList<>();
		for (Class<?> type : classesIn(MIGRATIONS)) {
			migrations.add((Migration) type.getDeclaredConstructor().newInstance());
		}
		measures.put("loadMs", StartupProbe.millis(System.nanoTime() - mark));
		mark = System.nanoTime();
		try (OfflineMetadata metadata = EntityMetadataBuilder.forDatabase("PostgreSQL", "15")
			.classes(entityClasses.toArray(Class<?>[]::new))
			.build()) {
			measures.put("hibernateMs", StartupProbe.millis(System.nanoTime() - mark));
			mark = System.nanoTime();
			Dialect dialect = new PostgresDialect();
			EntitySchema entities = new HibernateEntityReader().read(metadata.metadata(), dialect);
			measures.put("entitiesMs", StartupProbe.millis(System.nanoTime() - mark));
			Strata strata = Strata.offline(dialect)
				.migrations(migrations)
				.migrationsPackage(MIGRATIONS)
				.entities((ignored) -> Optional.of(entities))
				.build();
			mark = System.nanoTime();
			Generation generation = strata.generate(null, Renames.none());
			measures.put("generateMs", StartupProbe.millis(System.nanoTime() - mark));
			mark = System.nanoTime();
			Validation validation = strata.validateMigrations();
			measures.put("validateMs", StartupProbe.millis(System.nanoTime() - mark));
			mark = System.nanoTime();
			strata.generate(null, Renames.none());
			measures.put("generateAgainMs", StartupProbe.millis(System.nanoTime() - mark));
			measures.put("totalMs", StartupProbe.millis(System.nanoTime() - start));
			measures.put("entities", entityClasses.size());
			measures.put("migrations", migrations.size());
			measures.put("generated", (generation.migration() != null) ? generation.migration().className() : "none");
			measures.put("problems", validation.problems().size());
		}
		StartupProbe.report(measures);
	}

	/**
	 * Load the top-level classes of a package, from a directory or a jar.
	 */
	private static List<Class<?>> classesIn(String packageName) throws IOException, URISyntaxException {
		String path = packageName.replace('.', '/');
		URL url = OfflineBench.class.getClassLoader().getResource(path);
		if (url == null) {
			throw new IllegalStateException("Package [" + packageName + "] is not on the class path");
		}
		List<String> names = new ArrayList<>();
		if ("file".equals(url.getProtocol())) {
			try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
				files.map((file) -> file.getFileName().toString()).forEach(names::add);
			}
		}
		else if (url.openConnection() instanceof JarURLConnection connection) {
			String prefix = path + "/";
			connection.getJarFile().stream().map(JarEntry::getName).forEach((entry) -> {
				if (entry.startsWith(prefix) && entry.indexOf('/', prefix.length()) < 0) {
					names.add(entry.substring(prefix.length()));
				}
			});
		}
		else {
			throw new IllegalStateException("Package [" + packageName + "] is neither in a directory nor in a jar");
		}
		List<Class<?>> classes = new ArrayList<>();
		for (String name : names.stream().sorted().toList()) {
			if (name.endsWith(".class") && !name.contains("$") && !name.equals("package-info.class")) {
				classes.add(loadClass(packageName + "." + name.substring(0, name.length() - 6)));
			}
		}
		return classes;
	}

	private static Class<?> loadClass(String name) {
		try {
			return Class.forName(name);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
