package dev.strata.autoconfigure;

import java.util.UUID;

import dev.strata.Strata;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Named connections: {@code migrations.connection} names an entry of
 * {@code migrations.connections}, as the Maven plugin's {@code -Dmigrations.connection}
 * does, before it names a DataSource bean.
 */
class MigrationsConnectionTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrationsAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
				"migrations.package=dev.strata.autoconfigure.migrations", "migrations.run-at=never");

	@Test
	void migratesTheNamedConnection() {
		String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		this.contextRunner
			.withPropertyValues("migrations.connection=reporting", "migrations.connections.reporting.url=" + url,
					"migrations.connections.reporting.username=sa")
			.run((context) -> {
				Strata strata = context.getBean(Strata.class);
				assertThat(strata.dataSource()).isInstanceOfSatisfying(SimpleDriverDataSource.class, (dataSource) -> {
					assertThat(dataSource.getUrl()).isEqualTo(url);
					assertThat(dataSource.getUsername()).isEqualTo("sa");
				});
				assertThat(strata.migrate().currentVersion()).isEqualTo(2L);
			});
	}

	@Test
	void bindsNoConnectionsByDefault() {
		this.contextRunner
			.run((context) -> assertThat(context.getBean(MigrationsProperties.class).connections()).isEmpty());
	}

}
