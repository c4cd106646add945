package dev.strata.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import dev.strata.Strata;
import dev.strata.runner.MigrateResult;
import dev.strata.runner.RunnerSettings;
import dev.strata.runner.TransactionMode;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An application that does nothing but migrate, started in its own JVM by the reliability
 * tests. Arguments are {@code key=value}: {@code url}, {@code user}, {@code password},
 * {@code name} (the PostgreSQL {@code application_name}), {@code workload} (see
 * {@link Workloads#named}), {@code transaction} ({@code all} or {@code each}),
 * {@code lock-timeout-ms}, and optionally {@code stop-at} and {@code go-file} (see
 * {@link CrashPointDataSource}). It prints {@code RESULT applied=N current=V start=T0
 * end=T1} and exits with 0, or prints {@code FAILURE <exception>: <message>} and exits
 * with 1.
 */
public final class MigratingApplication {

	private MigratingApplication() {
	}

	public static void main(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			int equals = arg.indexOf('=');
			options.put(arg.substring(0, equals), arg.substring(equals + 1));
		}
		String goFile = options.get("go-file");
		DataSource dataSource = new CrashPointDataSource(dataSource(options), options.get("stop-at"),
				(goFile != null) ? Path.of(goFile) : null, System.out)
			.dataSource();
		RunnerSettings settings = RunnerSettings.defaults()
			.withTransactionMode(TransactionMode.valueOf(options.getOrDefault("transaction", "all").toUpperCase()))
			.withLockTimeout(Duration.ofMillis(Long.parseLong(options.getOrDefault("lock-timeout-ms", "60000"))));
		long start = System.currentTimeMillis();
		try {
			MigrateResult result = Strata.builder(dataSource)
				.migrations(Workloads.named(options.getOrDefault("workload", "ledger")))
				.settings(settings)
				.build()
				.migrate();
			System.out.println("RESULT applied=" + result.applied().size() + " current=" + result.currentVersion()
					+ " start=" + start + " end=" + System.currentTimeMillis());
			System.out.flush();
			System.exit(0);
		}
		catch (RuntimeException ex) {
			System.out.println("FAILURE " + ex.getClass().getSimpleName() + ": "
					+ String.valueOf(ex.getMessage()).replace('\n', ' '));
			System.out.flush();
			System.exit(1);
		}
	}

	private static DataSource dataSource(Map<String, String> options) {
		String url = options.get("url");
		if (url.startsWith("jdbc:h2:")) {
			JdbcDataSource dataSource = new JdbcDataSource();
			dataSource.setURL(url);
			dataSource.setUser(options.getOrDefault("user", "sa"));
			dataSource.setPassword(options.getOrDefault("password", ""));
			return dataSource;
		}
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setURL(url);
		dataSource.setUser(options.get("user"));
		dataSource.setPassword(options.getOrDefault("password", ""));
		dataSource.setApplicationName(options.getOrDefault("name", "strata-reliability"));
		return dataSource;
	}

}
