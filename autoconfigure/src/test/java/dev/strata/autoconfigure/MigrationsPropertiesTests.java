package dev.strata.autoconfigure;

import java.util.Map;

import dev.strata.runner.RunnerSettings;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationsPropertiesTests {

	@Test
	void defaultValuesAreConsistentWithTheEngine() {
		MigrationsProperties properties = bind(Map.of());
		RunnerSettings engine = RunnerSettings.defaults();
		assertThat(properties.table()).isEqualTo(engine.table());
		assertThat(properties.transaction()).isEqualTo(engine.transactionMode());
		assertThat(properties.outOfOrder()).isEqualTo(engine.outOfOrder());
		assertThat(properties.lockTimeout()).isEqualTo(engine.lockTimeout());
		assertThat(properties.installedBy()).isEqualTo(engine.installedBy());
		assertThat(properties.enabled()).isTrue();
		assertThat(properties.failOnError()).isTrue();
		assertThat(properties.runAt()).as("unset: ready, or startup when Hibernate validates").isNull();
	}

	@Test
	void packageBindsAlthoughItIsAJavaKeyword() {
		assertThat(bind(Map.of("migrations.package", "com.example.migrations")).packageName())
			.isEqualTo("com.example.migrations");
	}

	@Test
	void passwordIsNotShownByToString() {
		assertThat(bind(Map.of("migrations.password", "s3cr3t")).toString()).doesNotContain("s3cr3t");
	}

	private static MigrationsProperties bind(Map<String, String> values) {
		return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("migrations",
				MigrationsProperties.class);
	}

}
