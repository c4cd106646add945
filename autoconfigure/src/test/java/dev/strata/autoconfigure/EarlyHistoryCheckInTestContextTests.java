package dev.strata.autoconfigure;

import dev.strata.Strata;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A context that Spring's TestContext framework starts logs in to no database before it
 * refreshes, although the properties name one: tests often replace the data source that
 * the properties describe.
 */
@SpringBootTest(classes = EarlyHistoryCheckInTestContextTests.TestApplication.class,
		properties = { "spring.datasource.url=jdbc:h2:mem:early-check-in-tests;DB_CLOSE_DELAY=-1",
				"migrations.package=dev.strata.autoconfigure.migrations" })
class EarlyHistoryCheckInTestContextTests {

	@Autowired
	private ConfigurableApplicationContext context;

	@Test
	void theMigrationsRunWithoutAnEarlyCheck() {
		assertThat(this.context.containsBean(EarlyMigrationClassScan.BEAN_NAME)).as("the scan still starts early")
			.isTrue();
		assertThat(this.context.containsBean(EarlyHistoryCheck.BEAN_NAME)).isFalse();
		assertThat(this.context.getBean(Strata.class).status().currentVersion()).isEqualTo(2L);
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, MigrationsAutoConfiguration.class })
	static class TestApplication {

	}

}
