package dev.strata.bench.strata.app;

import dev.strata.bench.support.StartupProbe;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A non-web application whose only work at startup is Strata's: the benchmark times
 * {@code SpringApplication.run} with Strata enabled and disabled. Its package holds no
 * migration, so that component scanning does not read the migrations.
 */
@SpringBootApplication
public class StrataBenchApplication {

	public static void main(String[] args) {
		StartupProbe.run(StrataBenchApplication.class, args, (context, measures) -> {
		});
	}

}
