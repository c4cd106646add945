package dev.strata.runner;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * A data source that records every SQL statement executed through its connections, by
 * wrapping the connections and statements in {@link Proxy dynamic proxies}.
 */
final class RecordingDataSource {

	private final List<String> executed = Collections.synchronizedList(new ArrayList<>());

	private final DataSource dataSource;

	RecordingDataSource(DataSource target) {
		this.dataSource = proxy(DataSource.class, target, (method, args, result) -> {
			if (method.getName().equals("getConnection")) {
				return proxy(Connection.class, result, this::connectionResult);
			}
			return result;
		});
	}

	DataSource dataSource() {
		return this.dataSource;
	}

	List<String> executed() {
		return List.copyOf(this.executed);
	}

	List<String> executedMatching(String fragment) {
		String lower = fragment.toLowerCase(Locale.ROOT);
		return executed().stream().filter((sql) -> sql.toLowerCase(Locale.ROOT).contains(lower)).toList();
	}

	void clear() {
		this.executed.clear();
	}

	private Object connectionResult(Method method, Object[] args, Object result) {
		if (method.getName().equals("prepareStatement")) {
			String sql = (String) args[0];
			return proxy(PreparedStatement.class, result, (statementMethod, statementArgs, statementResult) -> {
				if (statementMethod.getName().startsWith("execute")) {
					this.executed.add(sql);
				}
				return statementResult;
			});
		}
		if (method.getName().equals("createStatement")) {
			return proxy(Statement.class, result, (statementMethod, statementArgs, statementResult) -> statementResult);
		}
		return result;
	}

	private <T> T proxy(Class<T> type, Object target, ResultHandler handler) {
		InvocationHandler invocation = (proxy, method, args) -> {
			if (type == Statement.class && method.getName().startsWith("execute") && args != null && args.length > 0
					&& args[0] instanceof String sql) {
				this.executed.add(sql);
			}
			Object result;
			try {
				result = method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
			return handler.handle(method, args, result);
		};
		return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { type }, invocation));
	}

	@FunctionalInterface
	private interface ResultHandler {

		Object handle(Method method, Object[] args, Object result);

	}

}
