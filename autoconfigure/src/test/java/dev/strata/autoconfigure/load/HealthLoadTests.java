package dev.strata.autoconfigure.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.strata.testing.PostgresDatabase;
import dev.strata.testing.TestPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The health indicator under a burst of probes: 200 requests per second for 30 seconds
 * (by default) on {@code /actuator/health/migrations} of a JPA application on PostgreSQL,
 * over loopback. Reports latency percentiles and how often the database was asked; the
 * cache keeps database work bounded by the cache time to live, not by the probe rate. Not
 * part of the default build: run with the {@code load} profile,
 * {@code ./mvnw -Pload -pl autoconfigure verify} (and optionally
 * {@code -Dstrata.load.rate=200
 * -Dstrata.load.seconds=30}).
 */
class HealthLoadTests {

	@Test
	void healthProbesAtTwoHundredPerSecondCostBoundedDatabaseWork() throws Exception {
		int rate = Integer.getInteger("strata.load.rate", 200);
		int seconds = Integer.getInteger("strata.load.seconds", 30);
		PostgresDatabase database = TestPostgres.createDatabase();
		StatementCountingDataSource counting = new StatementCountingDataSource(database.dataSource());
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LoadApplication.class)
			.properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off",
					"management.endpoints.web.exposure.include=health,migrations",
					"management.endpoint.health.show-details=always",
					"migrations.package=dev.strata.autoconfigure.load", "spring.jpa.open-in-view=false",
					"logging.level.root=warn")
			.initializers((initializing) -> initializing.getBeanFactory()
				.registerSingleton("dataSource", counting.dataSource()))
			.run()) {
			URI uri = URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port")
					+ "/actuator/health/migrations");
			HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
			String first = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
				.body();
			System.out.println("Health before the burst: " + first);
			counting.reset();
			int total = rate * seconds;
			List<Long> latencies = Collections.synchronizedList(new ArrayList<>(total));
			AtomicInteger failures = new AtomicInteger();
			List<CompletableFuture<?>> pending = Collections.synchronizedList(new ArrayList<>(total));
			ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
			AtomicInteger sent = new AtomicInteger();
			long start = System.nanoTime();
			scheduler.scheduleAtFixedRate(() -> {
				if (sent.incrementAndGet() > total) {
					return;
				}
				long requestStart = System.nanoTime();
				pending.add(client.sendAsync(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
					.whenComplete((response, ex) -> {
						latencies.add(System.nanoTime() - requestStart);
						if (ex != null || response.statusCode() != 200) {
							failures.incrementAndGet();
						}
					}));
			}, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
			while (sent.get() < total) {
				Thread.sleep(50);
			}
			scheduler.shutdown();
			CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
			Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
			List<Long> sorted = new ArrayList<>(latencies);
			Collections.sort(sorted);
			System.out.printf(
					"Health load: %d requests in %d ms (%.0f/s), %d not 200; latency p50 %.2f ms, p90 %.2f ms, "
							+ "p99 %.2f ms, max %.2f ms; database: %d connections, %d statements, %d history reads, "
							+ "%d catalog queries%n",
					sorted.size(), elapsed.toMillis(), sorted.size() * 1000.0 / elapsed.toMillis(), failures.get(),
					percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99),
					sorted.get(sorted.size() - 1) / 1e6, counting.connections(), counting.statements(),
					counting.matching("strata_schema_history"), counting.matching("pg_catalog"));
			assertThat(sorted).hasSize(total);
			assertThat(failures.get()).isZero();
			// one check (two history reads: status, then validation) per cache period (10
			// s
			// by default), whatever the probe rate
			long checks = seconds / 10 + 1;
			assertThat(counting.matching("strata_schema_history")).isLessThanOrEqualTo(2 * checks);
		}
	}

	private static double percentile(List<Long> sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1e6;
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class LoadApplication {

	}

}
