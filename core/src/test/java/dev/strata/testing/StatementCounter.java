package dev.strata.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

/**
 * Counts the SQL statements that code runs through a connection: every execution of a
 * {@link Statement}, {@link PreparedStatement} or {@link CallableStatement}, and every
 * {@link DatabaseMetaData} call that returns a result set (which runs queries on the
 * driver's side).
 */
public final class StatementCounter {

	private final AtomicInteger count = new AtomicInteger();

	/**
	 * Return the number of statements run so far.
	 * @return the count
	 */
	public int count() {
		return this.count.get();
	}

	/**
	 * Wrap a connection so that statements run through it are counted.
	 * @param connection the connection
	 * @return the counting connection, closing it closes the given one
	 */
	public Connection wrap(Connection connection) {
		return proxy(Connection.class, connection, (method) -> false);
	}

	private <T> T proxy(Class<T> type, Object target, Counting counting) {
		InvocationHandler handler = (proxy, method, arguments) -> {
			if (counting.counts(method)) {
				this.count.incrementAndGet();
			}
			Object result = invoke(target, method, arguments);
			return wrapResult(method, result);
		};
		return type
			.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type }, handler));
	}

	private @Nullable Object wrapResult(Method method, @Nullable Object result) {
		if (result == null) {
			return null;
		}
		Class<?> type = method.getReturnType();
		if (type == Statement.class || type == PreparedStatement.class || type == CallableStatement.class) {
			return proxy(type, result, (called) -> called.getName().startsWith("execute"));
		}
		if (type == DatabaseMetaData.class) {
			return proxy(DatabaseMetaData.class, result,
					(called) -> ResultSet.class.isAssignableFrom(called.getReturnType()));
		}
		return result;
	}

	private static @Nullable Object invoke(Object target, Method method, Object @Nullable [] arguments)
			throws Throwable {
		try {
			return method.invoke(target, arguments);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	@FunctionalInterface
	private interface Counting {

		boolean counts(Method method);

	}

}
