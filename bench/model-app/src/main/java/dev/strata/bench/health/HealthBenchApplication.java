package dev.strata.bench.health;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

import dev.strata.Strata;
import dev.strata.actuate.health.MigrationsHealthIndicator;
import dev.strata.bench.support.StartupProbe;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.health.contributor.Health;

/**
 * An application with 500 entities and the 500 migrations that create their tables: the
 * benchmark times the {@code migrations} health check on its database, first when the
 * result is not cached (the first check in a fresh JVM, then checks with a warm JVM) and
 * then when it is.
 */
@SpringBootApplication
public class HealthBenchApplication {

	private static final int WARM_CHECKS = 7;

	public static void main(String[] args) {
		StartupProbe.run(HealthBenchApplication.class, args, (context, measures) -> {
			MigrationsHealthIndicator indicator = context.getBean(MigrationsHealthIndicator.class);
			long start = System.nanoTime();
			Health first = indicator.health();
			measures.put("freshMs", StartupProbe.millis(System.nanoTime() - start));
			start = System.nanoTime();
			indicator.health();
			measures.put("cachedMs", String.format(Locale.ROOT, "%.3f", (System.nanoTime() - start) / 1_000_000.0));
			MigrationsHealthIndicator uncached = new MigrationsHealthIndicator(context.getBean(Strata.class),
					Duration.ZERO);
			long[] warm = new long[WARM_CHECKS];
			for (int i = 0; i < WARM_CHECKS; i++) {
				start = System.nanoTime();
				uncached.health();
				warm[i] = System.nanoTime() - start;
			}
			Arrays.sort(warm);
			measures.put("warmMs", StartupProbe.millis(warm[WARM_CHECKS / 2]));
			measures.put("status", first.getStatus().getCode());
			Object differences = (first.getDetails() != null) ? first.getDetails().get("differenceCount") : null;
			measures.put("differences", (differences != null) ? differences : 0);
		});
	}

}
