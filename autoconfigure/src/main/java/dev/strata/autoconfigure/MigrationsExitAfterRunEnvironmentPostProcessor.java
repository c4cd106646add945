package dev.strata.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives an application started with {@code migrations.exit-after-run=true} the defaults
 * of a migrations-only run: no web server
 * ({@code spring.main.web-application-type=none}), beans created only when needed
 * ({@code spring.main.lazy-initialization=true}, so that JPA, schedulers and clients of
 * other services do not start), and {@code migrations.run-at=never}, since
 * {@link MigrationsExitRunner} runs them. Settings of the application's own win over
 * these defaults.
 */
class MigrationsExitAfterRunEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String PROPERTY_SOURCE_NAME = "migrationsExitAfterRunDefaults";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.getProperty("migrations.exit-after-run", Boolean.class, false)) {
			return;
		}
		Map<String, Object> defaults = new LinkedHashMap<>();
		defaults.put("spring.main.web-application-type", "none");
		defaults.put("spring.main.lazy-initialization", "true");
		defaults.put("migrations.run-at", "startup");
		environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, defaults));
	}

}
