package dev.strata.autoconfigure;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import ch.qos.logback.classic.spi.ILoggingEvent;
import com.zaxxer.hikari.HikariDataSource;
import dev.strata.Strata;
import dev.strata.autoconfigure.migrations.V1_CreateThings;
import dev.strata.runner.MigrationState;
import dev.strata.testing.PostgresDatabase;
import dev.strata.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application whose migrations are in a jar, as a deployed one has them: a start with
 * nothing pending lists the migration classes from the jar's directory and reads none of
 * their class files; a start where the listed hashes differ from the history reads them
 * and decides as before. Told from the scanner's log events, on PostgreSQL.
 */
class MigrationsFromAJarTests {

	private static final String PACKAGE = V1_CreateThings.class.getPackageName();

	private static final String PATH = PACKAGE.replace('.', '/');

	private final DebugLogEvents events = new DebugLogEvents();

	@TempDir
	private Path directory;

	@AfterEach
	void stopListening() {
		this.events.stop();
	}

	@Test
	void aStartWithNothingPendingReadsNoClassFileAndAStartWithOtherClassFilesReadsThem() throws IOException {
		PostgresDatabase database = TestPostgres.createDatabase();
		String[] args = { "--spring.datasource.url=" + database.jdbcUrl(),
				"--spring.datasource.username=" + database.user(),
				"--spring.datasource.password=" + database.password(), "--migrations.package=" + PACKAGE };
		Path jar = jar("migrations.jar", new byte[0]);
		try (ConfigurableApplicationContext first = start(jar, args)) {
			assertThat(first.getBean(Strata.class).status().inState(MigrationState.APPLIED)).hasSize(2);
		}
		assertThat(scanMessages()).as("an empty database: the first start reads the class files")
			.anySatisfy((message) -> assertThat(message).startsWith("Found 2 migration classes among 3 class files"));

		this.events.clear();
		try (ConfigurableApplicationContext second = start(jar, args)) {
			Strata strata = second.getBean(Strata.class);
			assertThat(strata.lastFailure()).isNull();
			assertThat(strata.runCount()).isEqualTo(1);
			assertThat(((HikariDataSource) strata.dataSource()).getHikariPoolMXBean()).as("no pool started").isNull();
			assertThat(messages())
				.anySatisfy((message) -> assertThat(message)
					.startsWith("Listed 2 classes in [" + PACKAGE + "] from the jar's directory"))
				.anySatisfy((message) -> assertThat(message).startsWith("Schema is up to date at version 2"));
			assertThat(scanMessages()).as("no class file read").noneMatch((message) -> message.startsWith("Found"));
			assertThat(strata.status().inState(MigrationState.APPLIED)).as("the status reads them").hasSize(2);
			assertThat(scanMessages()).filteredOn((message) -> message.startsWith("Found")).hasSize(1);
		}

		this.events.clear();
		Path rebuilt = jar("rebuilt.jar", new byte[] { 0, 0, 0, 0 });
		try (ConfigurableApplicationContext third = start(rebuilt, args)) {
			Strata strata = third.getBean(Strata.class);
			assertThat(strata.lastFailure()).isNull();
			assertThat(scanMessages()).as("other class files: read once, the operations are the same")
				.filteredOn((message) -> message.startsWith("Found 2 migration classes"))
				.hasSize(1);
			assertThat(strata.status().inState(MigrationState.APPLIED)).hasSize(2);
		}

		this.events.clear();
		try (ConfigurableApplicationContext fourth = start(rebuilt, args)) {
			assertThat(fourth.getBean(Strata.class).lastFailure()).isNull();
			assertThat(messages()).as("their new hashes were recorded")
				.anySatisfy((message) -> assertThat(message).startsWith("Schema is up to date at version 2"));
			assertThat(scanMessages()).noneMatch((message) -> message.startsWith("Found"));
		}
	}

	private ConfigurableApplicationContext start(Path jar, String... args) throws IOException {
		URLClassLoader classLoader = new URLClassLoader(new URL[] { jar.toUri().toURL() }, new ResourcesOnlyFromJar());
		return new SpringApplicationBuilder(EarlyHistoryCheckTests.PooledApplication.class).web(WebApplicationType.NONE)
			.resourceLoader(new DefaultResourceLoader(classLoader))
			.listeners(this::listen)
			.run(args);
	}

	/**
	 * Write a jar with the class files of the migrations package, each followed by the
	 * given bytes (which change its size and CRC-32, as a rebuild with another compiler
	 * would, without changing the class the application loads: it loads the package from
	 * the test's class path).
	 */
	private Path jar(String name, byte[] appended) throws IOException {
		return TestJars.write(this.directory.resolve(name), PACKAGE, appended, TestJars.classesIn(PACKAGE));
	}

	private void listen(ApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent) {
			this.events.listen(MigrationClassScanner.class.getName(), EarlyHistoryCheck.class.getName(),
					"dev.strata.UpToDateCheckAhead");
		}
	}

	private List<String> messages() {
		return this.events.messages();
	}

	private List<String> scanMessages() {
		return this.events.events()
			.stream()
			.filter((event) -> event.getLoggerName().equals(MigrationClassScanner.class.getName()))
			.map(ILoggingEvent::getFormattedMessage)
			.toList();
	}

	/**
	 * The test class loader without the resources of the migrations package, so that the
	 * scanner finds them in the jar only; its classes still load from the test's class
	 * path.
	 */
	private static final class ResourcesOnlyFromJar extends ClassLoader {

		ResourcesOnlyFromJar() {
			super(MigrationsFromAJarTests.class.getClassLoader());
		}

		@Override
		public Enumeration<URL> getResources(String name) throws IOException {
			return name.startsWith(PATH) ? Collections.emptyEnumeration() : super.getResources(name);
		}

		@Override
		public URL getResource(String name) {
			return name.startsWith(PATH) ? null : super.getResource(name);
		}

	}

}
