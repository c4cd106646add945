package dev.strata.autoconfigure;

import java.util.List;
import java.util.UUID;

import dev.strata.Strata;
import dev.strata.autoconfigure.early.EarlyScanApplication;
import dev.strata.runner.MigrationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scan of the migrations package starts before the context refreshes, on its own
 * thread, and the Strata bean uses it when it was started for the package the
 * auto-configuration resolves; otherwise the bean scans the right package itself.
 */
@ExtendWith(OutputCaptureExtension.class)
class EarlyMigrationClassScanTests {

	@Test
	void theBeanUsesTheScanStartedBeforeTheRefreshForItsPackage(CapturedOutput output) {
		try (ConfigurableApplicationContext context = run("migrations.package=dev.strata.autoconfigure.migrations")) {
			assertThat(context.containsBean(EarlyMigrationClassScan.BEAN_NAME)).isTrue();
			assertThat(context.getBean(Strata.class).status().inState(MigrationState.PENDING)).hasSize(2);
			List<String> found = foundLines(output);
			assertThat(found).as("scanned once, on the scan's thread").singleElement().satisfies((line) -> {
				assertThat(line).contains("Found 2 migration classes")
					.contains(EarlyMigrationClassScan.THREAD_NAME)
					.contains("[dev.strata.autoconfigure.migrations]");
			});
		}
	}

	@Test
	void theBeanScansItselfWhenTheEarlyScanReadAnotherPackage(CapturedOutput output) {
		try (ConfigurableApplicationContext context = run()) {
			assertThat(context.getBean(Strata.class).status().inState(MigrationState.PENDING)).hasSize(2);
			List<String> found = foundLines(output);
			assertThat(found).anySatisfy((line) -> assertThat(line).contains("Found 0 migration classes")
				.contains("[dev.strata.autoconfigure.early.migrations]")
				.contains(EarlyMigrationClassScan.THREAD_NAME));
			assertThat(found).anySatisfy((line) -> assertThat(line).contains("Found 2 migration classes")
				.contains("[dev.strata.autoconfigure.migrations]")
				.doesNotContain(EarlyMigrationClassScan.THREAD_NAME));
		}
	}

	@Test
	void nothingStartsWhenMigrationsAreDisabled(CapturedOutput output) {
		try (ConfigurableApplicationContext context = run("migrations.enabled=false",
				"migrations.package=dev.strata.autoconfigure.migrations")) {
			assertThat(context.containsBean(EarlyMigrationClassScan.BEAN_NAME)).isFalse();
			assertThat(context.getBeanNamesForType(Strata.class)).isEmpty();
			assertThat(foundLines(output)).isEmpty();
		}
	}

	private static ConfigurableApplicationContext run(String... properties) {
		return new SpringApplicationBuilder(EarlyScanApplication.class).web(WebApplicationType.NONE)
			.properties("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
					"migrations.run-at=never", "spring.main.banner-mode=off",
					"logging.level.dev.strata.autoconfigure.MigrationClassScanner=debug")
			.properties(properties)
			.run();
	}

	private static List<String> foundLines(CapturedOutput output) {
		return output.getOut().lines().filter((line) -> line.contains("migration classes among")).toList();
	}

}
