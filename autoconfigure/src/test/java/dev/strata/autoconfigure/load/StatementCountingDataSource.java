package dev.strata.autoconfigure.load;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

/**
 * A data source that counts the connections it opens and the SQL statements executed
 * through them.
 */
final class StatementCountingDataSource {

	private final DataSource target;

	private final AtomicInteger connections = new AtomicInteger();

	private final List<String> statements = Collections.synchronizedList(new ArrayList<>());

	StatementCountingDataSource(DataSource target) {
		this.target = target;
	}

	DataSource dataSource() {
		return proxy(DataSource.class, this.target, (name, args, result) -> {
			if (name.equals("getConnection")) {
				this.connections.incrementAndGet();
				return proxy(Connection.class, result, this::connectionResult);
			}
			return result;
		});
	}

	void reset() {
		this.connections.set(0);
		this.statements.clear();
	}

	int connections() {
		return this.connections.get();
	}

	int statements() {
		return this.statements.size();
	}

	long matching(String fragment) {
		synchronized (this.statements) {
			return this.statements.stream().filter((sql) -> sql.toLowerCase(Locale.ROOT).contains(fragment)).count();
		}
	}

	private Object connectionResult(String name, Object[] args, Object result) {
		if (name.equals("prepareStatement") || name.equals("prepareCall")) {
			String sql = (String) args[0];
			return proxy(PreparedStatement.class, result, (method, methodArgs, methodResult) -> {
				if (method.startsWith("execute")) {
					this.statements.add(sql);
				}
				return methodResult;
			});
		}
		if (name.equals("createStatement")) {
			return proxy(Statement.class, result, (method, methodArgs, methodResult) -> {
				if (method.startsWith("execute") && methodArgs != null && methodArgs[0] instanceof String sql) {
					this.statements.add(sql);
				}
				return methodResult;
			});
		}
		return result;
	}

	private static <T> T proxy(Class<T> type, Object target, Handler handler) {
		return type.cast(Proxy.newProxyInstance(StatementCountingDataSource.class.getClassLoader(),
				new Class<?>[] { type }, (proxy, method, args) -> {
					Object result;
					try {
						result = method.invoke(target, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
					return handler.handle(method.getName(), args, result);
				}));
	}

	@FunctionalInterface
	private interface Handler {

		Object handle(String name, Object[] args, Object result);

	}

}
