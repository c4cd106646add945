package dev.strata.autoconfigure;

import dev.strata.Strata;
import dev.strata.actuate.health.MigrationsHealthIndicator;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code migrations} health indicator.
 */
@AutoConfiguration(after = MigrationsAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(Strata.class)
@ConditionalOnEnabledHealthIndicator("migrations")
public final class MigrationsHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "migrationsHealthIndicator")
	MigrationsHealthIndicator migrationsHealthIndicator(Strata strata, MigrationsProperties properties) {
		return new MigrationsHealthIndicator(strata, properties.health().cacheTimeToLive());
	}

}
