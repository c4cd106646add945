package dev.strata.reliability;

import java.io.PrintStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

/**
 * A data source that reports the events of a migration run on standard output and can
 * stop the run at one of them, so that a test in another process knows exactly where the
 * run is when it kills it. Events, numbered from 1 in the order they happen in this
 * process:
 * <ul>
 * <li>{@code execute:N}: just before the N-th {@code Statement.execute(sql)} (the DDL and
 * raw SQL of migrations, and the creation of the history table);</li>
 * <li>{@code history-insert:N}: just after the N-th batch of history rows was written,
 * before its transaction commits;</li>
 * <li>{@code commit:N}: just before the N-th {@code Connection.commit()};</li>
 * <li>{@code committed:N}: just after it returned;</li>
 * <li>{@code flushed:N}: just after the N-th {@code checkpoint} (H2 writing its commits
 * to disk).</li>
 * </ul>
 * At the chosen event it prints {@code STOPPED <event>} and either blocks for ever (to be
 * killed) or, given a go-file, waits until that file exists and goes on.
 */
final class CrashPointDataSource {

	private final DataSource target;

	private final @Nullable String stopAt;

	private final @Nullable Path goFile;

	private final PrintStream out;

	private final AtomicInteger executes = new AtomicInteger();

	private final AtomicInteger historyInserts = new AtomicInteger();

	private final AtomicInteger commits = new AtomicInteger();

	private final AtomicInteger flushes = new AtomicInteger();

	CrashPointDataSource(DataSource target, @Nullable String stopAt, @Nullable Path goFile, PrintStream out) {
		this.target = target;
		this.stopAt = stopAt;
		this.goFile = goFile;
		this.out = out;
	}

	DataSource dataSource() {
		return proxy(DataSource.class, this.target, (method, args, invoke) -> {
			Object result = invoke.call();
			return method.equals("getConnection") ? connection((Connection) result) : result;
		});
	}

	private Connection connection(Connection connection) {
		return proxy(Connection.class, connection, (method, args, invoke) -> {
			if (method.equals("commit")) {
				event("commit", this.commits.incrementAndGet(), "");
				Object result = invoke.call();
				event("committed", this.commits.get(), "");
				return result;
			}
			Object result = invoke.call();
			if (method.equals("createStatement")) {
				return statement((Statement) result);
			}
			if (method.equals("prepareStatement") && args != null && args[0] instanceof String sql
					&& sql.toLowerCase(Locale.ROOT).startsWith("insert into strata_schema_history ")) {
				return historyInsert((PreparedStatement) result);
			}
			return result;
		});
	}

	private Statement statement(Statement statement) {
		return proxy(Statement.class, statement, (method, args, invoke) -> {
			if (method.equals("execute") && args != null && args.length == 1 && args[0] instanceof String sql) {
				if (sql.equalsIgnoreCase("checkpoint")) {
					Object result = invoke.call();
					event("flushed", this.flushes.incrementAndGet(), "");
					return result;
				}
				event("execute", this.executes.incrementAndGet(), sql);
			}
			return invoke.call();
		});
	}

	private PreparedStatement historyInsert(PreparedStatement statement) {
		return proxy(PreparedStatement.class, statement, (method, args, invoke) -> {
			Object result = invoke.call();
			if (method.equals("executeUpdate") || method.equals("executeBatch")) {
				event("history-insert", this.historyInserts.incrementAndGet(), "");
			}
			return result;
		});
	}

	private void event(String kind, int number, String sql) {
		String event = kind + ":" + number;
		this.out.println("EVENT " + event + (sql.isEmpty() ? "" : " " + sql.replace('\n', ' ')));
		if (event.equals(this.stopAt)) {
			this.out.println("STOPPED " + event);
			this.out.flush();
			waitForGo();
		}
	}

	private void waitForGo() {
		try {
			while (this.goFile == null || !Files.exists(this.goFile)) {
				Thread.sleep(10);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static <T> T proxy(Class<T> type, Object target, Interceptor interceptor) {
		InvocationHandler handler = (proxy, method, args) -> interceptor.intercept(method.getName(), args, () -> {
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		});
		return type.cast(
				Proxy.newProxyInstance(CrashPointDataSource.class.getClassLoader(), new Class<?>[] { type }, handler));
	}

	@FunctionalInterface
	private interface Interceptor {

		@Nullable Object intercept(String method, Object @Nullable [] args, Invocation invoke) throws Throwable;

	}

	@FunctionalInterface
	private interface Invocation {

		@Nullable Object call() throws Throwable;

	}

}
