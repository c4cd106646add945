package dev.strata.bench.liquibase.app;

import dev.strata.bench.support.StartupProbe;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A non-web application whose only work at startup is Liquibase's: the benchmark times
 * {@code SpringApplication.run} with Liquibase enabled and disabled. Its package holds no
 * migration, so that component scanning does not read the migrations.
 */
@SpringBootApplication
public class LiquibaseBenchApplication {

	public static void main(String[] args) {
		StartupProbe.run(LiquibaseBenchApplication.class, args, (context, measures) -> {
		});
	}

}
