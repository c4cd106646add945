package dev.strata.runner;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

/**
 * A data source that, like a connection pool of size one, refuses a connection while
 * another one is open.
 */
final class OneConnectionDataSource {

	private final AtomicInteger open = new AtomicInteger();

	private final DataSource dataSource;

	OneConnectionDataSource(DataSource target) {
		this.dataSource = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
					if (method.getName().equals("getConnection")) {
						return connection(target);
					}
					return invoke(method, target, args);
				});
	}

	DataSource dataSource() {
		return this.dataSource;
	}

	private Connection connection(DataSource target) throws SQLException {
		if (this.open.incrementAndGet() > 1) {
			this.open.decrementAndGet();
			throw new SQLTransientConnectionException("The pool's only connection is in use");
		}
		Connection connection = target.getConnection();
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, args) -> {
					if (method.getName().equals("close") && !connection.isClosed()) {
						this.open.decrementAndGet();
					}
					return invoke(method, connection, args);
				});
	}

	private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
