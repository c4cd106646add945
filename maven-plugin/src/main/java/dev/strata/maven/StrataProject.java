package dev.strata.maven;

import java.sql.Driver;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.strata.Strata;
import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.migration.Migration;
import dev.strata.runner.HistoryTable;
import dev.strata.runner.RunnerSettings;
import dev.strata.runner.TransactionMode;
import org.jspecify.annotations.Nullable;

/**
 * A project as the goals work on it: its configuration, its classes in a class loader of
 * their own, its migrations and entities, and {@link Strata} configured for it, with a
 * database or without one. While it is open, the thread's context class loader is the
 * project's.
 */
final class StrataProject implements AutoCloseable {

	private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ns|us|ms|s|m|h|d)?");

	private static final String DEFAULT_POSTGRESQL_VERSION = "15";

	/**
	 * Hibernate logs through java.util.logging here, to standard error and so past
	 * {@code -q}; its start-up notes (version, "Database info") say nothing to a user of
	 * the goals. Held in a field: java.util.logging keeps loggers weakly.
	 */
	private static final java.util.logging.Logger HIBERNATE_LOG = quiet("org.hibernate");

	private final ProjectLayout layout;

	private final Console console;

	private final ApplicationProperties properties;

	private final ProjectClasses classes;

	private final ClassLoader previousContextLoader;

	private @Nullable List<Migration> migrations;

	private StrataProject(ProjectLayout layout, Console console, ClassLoader pluginLoader) {
		this.layout = layout;
		this.console = console;
		this.properties = ApplicationProperties.load(layout);
		this.classes = new ProjectClasses(layout.classpath(), layout.classesDirectory(), pluginLoader);
		this.previousContextLoader = Thread.currentThread().getContextClassLoader();
		Thread.currentThread().setContextClassLoader(this.classes.loader());
	}

	/**
	 * Open a project.
	 * @param layout where its files are and the command line settings
	 * @param console where to report
	 * @return the project, to be closed after use
	 */
	static StrataProject open(ProjectLayout layout, Console console) {
		return new StrataProject(layout, console, StrataProject.class.getClassLoader());
	}

	ProjectLayout layout() {
		return this.layout;
	}

	Console console() {
		return this.console;
	}

	ApplicationProperties properties() {
		return this.properties;
	}

	/**
	 * Return the package of the migrations: {@code migrations.package}, or the
	 * {@code migrations} sub-package of the Spring Boot application class's package, as
	 * the application's Strata uses it.
	 * @return the package name
	 * @throws IllegalStateException if neither is known
	 */
	String migrationsPackage() {
		return this.properties.get("migrations.package")
			.map(String::trim)
			.or(() -> this.classes.applicationPackage().map((name) -> name + ".migrations"))
			.orElseThrow(() -> new IllegalStateException("Set migrations.package in application.properties: "
					+ "no class of the project is annotated @SpringBootApplication to derive it from"
					+ (this.classes.compiled() ? "" : " (the project has no compiled classes yet)")));
	}

	/**
	 * Return the migrations: the classes in the migrations package.
	 * @return the migrations
	 */
	List<Migration> migrations() {
		if (this.migrations == null) {
			requireCompiled();
			this.migrations = this.classes.migrations(migrationsPackage());
		}
		return this.migrations;
	}

	/**
	 * Return the database the goals connect to.
	 * @return the connection, or nothing if none is configured
	 */
	Optional<DatabaseConnection> connection() {
		return ConnectionResolver.resolve(this.properties);
	}

	/**
	 * Return Strata on the project's database.
	 * @return Strata, whose dialect is detected from the database
	 * @throws IllegalStateException if no database is configured
	 */
	Strata online() {
		DatabaseConnection connection = connection().orElseThrow(() -> new IllegalStateException(
				"No database is configured: set spring.datasource.url in application.properties, or pass "
						+ "-Dmigrations.url=jdbc:postgresql://host:5432/db (or postgres://user:password@host:5432/db)"));
		if (connection.inMemory()) {
			this.console.warn("Database [" + connection.describe() + "] lives in memory: it is empty when this run "
					+ "starts and gone when it ends. Pass -Dmigrations.url=jdbc:h2:file:./target/db (or a server "
					+ "URL) to work on a database that lasts.");
		}
		this.console.info("Database: " + connection.describe() + " (from " + connection.source() + ")");
		return configure(Strata.builder(DriverDataSource.of(connection, this.classes.loader()))).build();
	}

	/**
	 * Return Strata without a database, for the goals that need none: the dialect comes
	 * from {@code -Ddialect} ({@code migrations.dialect}) or the configured URL.
	 * @return Strata with a fixed dialect and no database
	 */
	Strata offline() {
		return configure(Strata.offline(offlineDialect())).build();
	}

	private Strata.Builder configure(Strata.Builder builder) {
		return builder.migrations(migrations())
			.settings(settings())
			.migrationsPackage(migrationsPackage())
			.entities(entities());
	}

	/**
	 * Return the entities of the project: the entity classes in the packages given by
	 * {@code -Dstrata.entityPackages}, or else in the Spring Boot application class's
	 * package, or else anywhere in the project, as Spring Boot's entity scan finds them.
	 * @return the entities
	 */
	ProjectEntities entities() {
		requireCompiled();
		List<String> packages = this.properties.get("strata.entity-packages")
			.map((value) -> Arrays.stream(value.split(","))
				.map(String::trim)
				.filter((name) -> !name.isEmpty())
				.toList())
			.orElseGet(() -> this.classes.applicationPackage().map(List::of).orElse(List.of()));
		List<String> names = this.classes.entityClassNames(packages);
		return new ProjectEntities(names, this.classes.loader(), this.properties, databaseVersion());
	}

	/**
	 * Return the dialect for the goals that need no database.
	 * @return the dialect
	 * @throws IllegalStateException if it cannot be told
	 */
	Dialect offlineDialect() {
		Optional<String> named = this.properties.get("dialect").or(() -> this.properties.get("migrations.dialect"));
		if (named.isPresent()) {
			String name = named.get().trim().toLowerCase(Locale.ROOT);
			return switch (name) {
				case "postgresql", "postgres", "pg" -> Dialects.forProductName("PostgreSQL");
				case "h2" -> Dialects.forProductName("H2");
				default -> throw new IllegalArgumentException(
						"Dialect [" + named.get() + "] is not supported: use -Ddialect=postgresql or -Ddialect=h2");
			};
		}
		String product = connection().map(DatabaseConnection::productName).orElse(null);
		if (product == null) {
			throw new IllegalStateException("Cannot tell which database the schema is for: set spring.datasource.url "
					+ "in application.properties, or pass -Ddialect=postgresql (or h2)");
		}
		return Dialects.forProductName(product);
	}

	private String databaseVersion() {
		Optional<String> configured = this.properties.get("strata.database-version");
		if (configured.isPresent()) {
			return configured.get().trim();
		}
		String product;
		try {
			product = offlineDialect().name();
		}
		catch (RuntimeException ex) {
			return DEFAULT_POSTGRESQL_VERSION;
		}
		if (product.equals("H2")) {
			for (Driver driver : ServiceLoader.load(Driver.class, this.classes.loader())) {
				if (driver.getClass().getName().startsWith("org.h2.")) {
					return driver.getMajorVersion() + "." + driver.getMinorVersion();
				}
			}
			return "2.4";
		}
		return DEFAULT_POSTGRESQL_VERSION;
	}

	/**
	 * Return the run settings from {@code migrations.table}, {@code transaction},
	 * {@code out-of-order}, {@code lock-timeout} and {@code installed-by}.
	 * @return the settings
	 */
	RunnerSettings settings() {
		RunnerSettings settings = RunnerSettings.defaults()
			.withTable(this.properties.get("migrations.table").orElse(HistoryTable.DEFAULT_NAME).trim());
		Optional<String> transaction = this.properties.get("migrations.transaction");
		if (transaction.isPresent()) {
			settings = settings
				.withTransactionMode(TransactionMode.valueOf(transaction.get().trim().toUpperCase(Locale.ROOT)));
		}
		settings = settings.withOutOfOrder(this.properties.get("migrations.out-of-order")
			.map((value) -> Boolean.parseBoolean(value.trim()))
			.orElse(false));
		Optional<String> timeout = this.properties.get("migrations.lock-timeout");
		if (timeout.isPresent()) {
			settings = settings.withLockTimeout(duration(timeout.get().trim()));
		}
		return settings.withInstalledBy(this.properties.get("migrations.installed-by").orElse(null));
	}

	static Duration duration(String text) {
		if (text.startsWith("P") || text.startsWith("p")) {
			return Duration.parse(text);
		}
		Matcher matcher = DURATION.matcher(text);
		if (!matcher.matches()) {
			throw new IllegalArgumentException(
					"migrations.lock-timeout [" + text + "] is not a duration: write it as 60s, 2m or PT1M");
		}
		long amount = Long.parseLong(matcher.group(1));
		String unit = (matcher.group(2) != null) ? matcher.group(2) : "ms";
		return switch (unit) {
			case "ns" -> Duration.ofNanos(amount);
			case "us" -> Duration.ofNanos(amount * 1000);
			case "s" -> Duration.ofSeconds(amount);
			case "m" -> Duration.ofMinutes(amount);
			case "h" -> Duration.ofHours(amount);
			case "d" -> Duration.ofDays(amount);
			default -> Duration.ofMillis(amount);
		};
	}

	private void requireCompiled() {
		if (!this.classes.compiled()) {
			throw new IllegalStateException("The project has no compiled classes in ["
					+ this.layout.relative(this.layout.classesDirectory()) + "]: compile it first");
		}
	}

	private static java.util.logging.Logger quiet(String name) {
		java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
		logger.setLevel(java.util.logging.Level.WARNING);
		return logger;
	}

	@Override
	public void close() {
		Thread.currentThread().setContextClassLoader(this.previousContextLoader);
		this.classes.close();
	}

}
