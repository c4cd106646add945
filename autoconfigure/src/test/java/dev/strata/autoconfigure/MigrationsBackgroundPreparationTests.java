package dev.strata.autoconfigure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import dev.strata.Strata;
import com.zaxxer.hikari.HikariDataSource;
import dev.strata.runner.MigrationState;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auto-configuration connects while the context starts only when the migrations will
 * run: the first connection then happens on Strata's own thread, not on the thread that
 * starts the application; with {@code run-at=never} nothing connects before it is asked.
 */
class MigrationsBackgroundPreparationTests {

	private final List<String> connectingThreads = new CopyOnWriteArrayList<>();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class))
		.withBean(DataSource.class, this::loggingDataSource)
		.withPropertyValues("migrations.package=dev.strata.autoconfigure.migrations");

	@Test
	void migrationsThatRunWhenReadyConnectWhileTheContextStartsOnStratasThread() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasNotFailed();
			awaitFirstConnection();
			assertThat(this.connectingThreads).first().isEqualTo("strata-connect");
			assertThat(context.getBean(Strata.class).status().inState(MigrationState.PENDING)).hasSize(2);
		});
	}

	@Test
	void migrationsThatNeverRunConnectOnlyWhenAsked() {
		this.contextRunner.withPropertyValues("migrations.run-at=never").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(Strata.class).status().inState(MigrationState.PENDING)).hasSize(2);
			assertThat(this.connectingThreads).isNotEmpty().doesNotContain("strata-connect");
		});
	}

	@Test
	void aPoolThatTheBackgroundConnectionStartsIsClosedWithTheContext() throws Exception {
		String poolName = "strata-test-" + UUID.randomUUID();
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class))
			.withBean(DataSource.class, () -> slowPool(poolName))
			.withPropertyValues("migrations.package=dev.strata.autoconfigure.migrations")
			.run((context) -> assertThat(context).hasNotFailed());
		// The context closed while the background connection was starting the pool; a
		// pool created after the close would keep its threads.
		Thread.sleep(1500);
		assertThat(Thread.getAllStackTraces().keySet()).filteredOn(Thread::isAlive)
			.extracting(Thread::getName)
			.noneMatch((name) -> name.startsWith(poolName));
	}

	private static DataSource slowPool(String poolName) {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		h2.setUser("sa");
		HikariDataSource pool = new HikariDataSource();
		pool.setPoolName(poolName);
		pool.setDataSource(new DelegatingDataSource(h2) {

			@Override
			public Connection getConnection() throws SQLException {
				try {
					Thread.sleep(1000);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return super.getConnection();
			}

		});
		return pool;
	}

	private DataSource loggingDataSource() {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		h2.setUser("sa");
		return new DelegatingDataSource(h2) {

			@Override
			public Connection getConnection() throws SQLException {
				MigrationsBackgroundPreparationTests.this.connectingThreads.add(Thread.currentThread().getName());
				return super.getConnection();
			}

		};
	}

	private void awaitFirstConnection() throws InterruptedException {
		long deadline = System.nanoTime() + 20_000_000_000L;
		while (this.connectingThreads.isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
	}

}
