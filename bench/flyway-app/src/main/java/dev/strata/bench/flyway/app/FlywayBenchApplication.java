package dev.strata.bench.flyway.app;

import dev.strata.bench.support.StartupProbe;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A non-web application whose only work at startup is Flyway's: the benchmark times
 * {@code SpringApplication.run} with Flyway enabled and disabled. Its package holds no
 * migration, so that component scanning does not read the migrations.
 */
@SpringBootApplication
public class FlywayBenchApplication {

	public static void main(String[] args) {
		StartupProbe.run(FlywayBenchApplication.class, args, (context, measures) -> {
		});
	}

}
