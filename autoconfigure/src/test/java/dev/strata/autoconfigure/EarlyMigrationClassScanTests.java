package dev.strata.autoconfigure;

import java.util.List;
import java.util.UUID;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.strata.Strata;
import dev.strata.autoconfigure.early.EarlyScanApplication;
import dev.strata.runner.MigrationState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scan of the migrations package starts before the context refreshes, on its own
 * thread, and the Strata bean uses it when it was started for the package the
 * auto-configuration resolves; otherwise the bean scans the right package itself. Told
 * from the scanner's log events and the threads that wrote them.
 */
class EarlyMigrationClassScanTests {

	private final ListAppender<ILoggingEvent> scans = new ListAppender<>();

	@AfterEach
	void stopListening() {
		for (Class<?> source : List.of(MigrationClassScanner.class, EarlyMigrationClassScan.class)) {
			Logger logger = (Logger) LoggerFactory.getLogger(source);
			logger.detachAppender(this.scans);
			logger.setLevel(null);
		}
	}

	@Test
	void theBeanUsesTheScanStartedBeforeTheRefreshForItsPackage() {
		try (ConfigurableApplicationContext context = run("migrations.package=dev.strata.autoconfigure.migrations")) {
			assertThat(context.containsBean(EarlyMigrationClassScan.BEAN_NAME)).isTrue();
			assertThat(context.getBean(Strata.class).status().inState(MigrationState.PENDING)).hasSize(2);
			assertThat(scanEvents()).as("scanned once, on the scan's thread").singleElement().satisfies((event) -> {
				assertThat(event.getFormattedMessage()).contains("Found 2 migration classes")
					.contains("[dev.strata.autoconfigure.migrations]");
				assertThat(event.getThreadName()).isEqualTo(EarlyMigrationClassScan.THREAD_NAME);
			});
		}
	}

	@Test
	void withoutMigrationBeansTheBeanSharesTheMigrationSetBuiltFromTheEarlyScan() {
		try (ConfigurableApplicationContext context = run("migrations.package=dev.strata.autoconfigure.migrations")) {
			Strata strata = context.getBean(Strata.class);
			assertThat(strata.status().inState(MigrationState.PENDING)).hasSize(2);
			assertThat(strata.status().inState(MigrationState.PENDING)).hasSize(2);
			assertThat(sharedSetEvents()).as("built once, from the early scan, for the bean")
				.containsExactly(
						"Built the migration set of the 2 classes found early in [dev.strata.autoconfigure.migrations]");
			EarlyMigrationClassScan early = context.getBean(EarlyMigrationClassScan.BEAN_NAME,
					EarlyMigrationClassScan.class);
			assertThat(early.migrationSet()).isSameAs(early.migrationSet());
			assertThat(sharedSetEvents()).hasSize(1);
		}
	}

	@Test
	void withMigrationBeansTheBeanBuildsItsOwnSetWithThem() {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(EarlyScanApplication.class)
			.web(WebApplicationType.NONE)
			.listeners(this::captureScans)
			.initializers((initialized) -> initialized.getBeanFactory()
				.registerSingleton("thirdMigration", new MigrationsAutoConfigurationTests.V3_AddThingIndex()))
			.properties("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
					"migrations.run-at=never", "spring.main.banner-mode=off",
					"migrations.package=dev.strata.autoconfigure.migrations")
			.run()) {
			assertThat(context.getBean(Strata.class).status().inState(MigrationState.PENDING))
				.as("the two scanned classes and the bean")
				.hasSize(3);
			assertThat(sharedSetEvents()).as("no set shared").isEmpty();
		}
	}

	@Test
	void theBeanScansItselfWhenTheEarlyScanReadAnotherPackage() {
		try (ConfigurableApplicationContext context = run()) {
			assertThat(context.getBean(Strata.class).status().inState(MigrationState.PENDING)).hasSize(2);
			assertThat(context.getBean(EarlyMigrationClassScan.BEAN_NAME, EarlyMigrationClassScan.class).classes())
				.as("the early scan read the package under the main source, which is empty")
				.isEmpty();
			assertThat(scanEvents()).anySatisfy((event) -> {
				assertThat(event.getFormattedMessage()).contains("Found 0 migration classes")
					.contains("[dev.strata.autoconfigure.early.migrations]");
				assertThat(event.getThreadName()).isEqualTo(EarlyMigrationClassScan.THREAD_NAME);
			});
			assertThat(scanEvents()).anySatisfy((event) -> {
				assertThat(event.getFormattedMessage()).contains("Found 2 migration classes")
					.contains("[dev.strata.autoconfigure.migrations]");
				assertThat(event.getThreadName()).isNotEqualTo(EarlyMigrationClassScan.THREAD_NAME);
			});
		}
	}

	@Test
	void nothingStartsWhenMigrationsAreDisabled() {
		try (ConfigurableApplicationContext context = run("migrations.enabled=false",
				"migrations.package=dev.strata.autoconfigure.migrations")) {
			assertThat(context.containsBean(EarlyMigrationClassScan.BEAN_NAME)).isFalse();
			assertThat(context.getBeanNamesForType(Strata.class)).isEmpty();
			assertThat(scanEvents()).isEmpty();
		}
	}

	private ConfigurableApplicationContext run(String... properties) {
		return new SpringApplicationBuilder(EarlyScanApplication.class).web(WebApplicationType.NONE)
			.listeners(this::captureScans)
			.properties("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
					"migrations.run-at=never", "spring.main.banner-mode=off")
			.properties(properties)
			.run();
	}

	/**
	 * Listen to the scanner's log once Spring Boot has set logging up (which drops the
	 * appenders added before), and before the context exists.
	 */
	private void captureScans(ApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent) {
			this.scans.start();
			for (Class<?> source : List.of(MigrationClassScanner.class, EarlyMigrationClassScan.class)) {
				Logger logger = (Logger) LoggerFactory.getLogger(source);
				logger.setLevel(Level.DEBUG);
				logger.addAppender(this.scans);
			}
		}
	}

	private List<ILoggingEvent> scanEvents() {
		return this.scans.list.stream()
			.filter((event) -> event.getLoggerName().equals(MigrationClassScanner.class.getName()))
			.toList();
	}

	private List<String> sharedSetEvents() {
		return this.scans.list.stream()
			.filter((event) -> event.getLoggerName().equals(EarlyMigrationClassScan.class.getName()))
			.map(ILoggingEvent::getFormattedMessage)
			.toList();
	}

}
