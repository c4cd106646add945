package dev.strata.runner;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import dev.strata.migration.Migration;
import dev.strata.runner.BlogMigrations.V1_CreateUsers;
import dev.strata.runner.BlogMigrations.V2_CreatePosts;
import dev.strata.testing.TestPostgres;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PostgresMigrationRollbackTests extends AbstractMigrationRollbackTests {

	@Override
	protected DataSource newDatabase() {
		return TestPostgres.newDatabase();
	}

	@Test
	void anErrorFromTheDriverInARollbackRunRollsBackWhatTheRunHadUndone() {
		List<Migration> migrations = List.of(new V1_CreateUsers(), new V2_CreatePosts());
		new MigrationRunner(this.dataSource, migrations, RunnerSettings.defaults()).migrate();
		List<String> before = SchemaDump.of(this.dataSource);
		List<String> history = SchemaDump.history(this.dataSource);
		DataSource failing = failingOn("drop table users", new AssertionError("the driver broke"));
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> new MigrationRollback(failing, null, migrations, RunnerSettings.defaults())
				.rollback(RollbackTarget.steps(2)))
			.withMessage("the driver broke");
		assertThat(SchemaDump.of(this.dataSource)).isEqualTo(before);
		assertThat(SchemaDump.history(this.dataSource)).isEqualTo(history);
	}

	/**
	 * Return this test's database, whose statements throw an error instead of executing
	 * SQL that contains a fragment.
	 */
	private DataSource failingOn(String fragment, Error error) {
		return proxy(DataSource.class, this.dataSource, (target, method, args) -> {
			Object result = method.invoke(target, args);
			if (!method.getName().equals("getConnection")) {
				return result;
			}
			return proxy(Connection.class, result, (connection, connectionMethod, connectionArgs) -> {
				Object made = connectionMethod.invoke(connection, connectionArgs);
				if (!connectionMethod.getName().equals("createStatement")) {
					return made;
				}
				return proxy(Statement.class, made, (statement, statementMethod, statementArgs) -> {
					if (statementMethod.getName().equals("execute") && statementArgs != null
							&& statementArgs[0] instanceof String sql && sql.contains(fragment)) {
						throw error;
					}
					return statementMethod.invoke(statement, statementArgs);
				});
			});
		});
	}

	private static <T> T proxy(Class<T> type, Object target, Handler handler) {
		return type
			.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method, args) -> {
				try {
					return handler.invoke(target, method, args);
				}
				catch (InvocationTargetException ex) {
					throw ex.getCause();
				}
			}));
	}

	@FunctionalInterface
	private interface Handler {

		Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable;

	}

}
