package dev.strata.autoconfigure.early;

import dev.strata.autoconfigure.MigrationsAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/**
 * An application in a package of its own whose auto-configuration package is its parent,
 * so that the migrations package derived from its main source
 * ({@code dev.strata.autoconfigure.early.migrations}, empty) differs from the one the
 * auto-configuration derives ({@code dev.strata.autoconfigure.migrations}).
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, MigrationsAutoConfiguration.class })
@AutoConfigurationPackage(basePackages = "dev.strata.autoconfigure")
public class EarlyScanApplication {

}
