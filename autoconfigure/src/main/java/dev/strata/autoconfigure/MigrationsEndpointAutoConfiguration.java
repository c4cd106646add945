package dev.strata.autoconfigure;

import dev.strata.Strata;
import dev.strata.actuate.endpoint.MigrationsEndpoint;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code migrations} Actuator endpoint.
 */
@AutoConfiguration(after = MigrationsAutoConfiguration.class)
@ConditionalOnClass(ConditionalOnAvailableEndpoint.class)
@ConditionalOnAvailableEndpoint(MigrationsEndpoint.class)
public final class MigrationsEndpointAutoConfiguration {

	@Bean
	@ConditionalOnBean(Strata.class)
	@ConditionalOnMissingBean
	MigrationsEndpoint migrationsEndpoint(Strata strata, MigrationsProperties properties) {
		return new MigrationsEndpoint(strata, properties.endpoint().writeOperations());
	}

}
