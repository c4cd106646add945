package dev.strata.entity;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.strata.dialect.h2.H2Dialect;
import dev.strata.entity.model.EntityModel;
import dev.strata.entity.model.TypeSample;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.tool.schema.Action;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Captures the metadata of a {@code SessionFactory} bootstrapped through JPA, the way
 * Spring Boot bootstraps it, on an in-memory H2.
 */
class MetadataCapturingIntegratorTests {

	@Test
	void capturesTheMetadataOfARunningSessionFactoryWithoutSchemaAction() {
		MetadataCapturingIntegrator integrator = new MetadataCapturingIntegrator();
		assertThat(integrator.metadata()).isEmpty();
		Map<String, Object> settings = bootSettings("capture_none");
		integrator.registerIn(settings);
		EntitySchema live;
		try (EntityManagerFactory factory = entityManagerFactory(settings, Action.NONE)) {
			assertThat(factory.isOpen()).isTrue();
			assertThat(integrator.metadata()).isPresent();
			live = new HibernateEntityReader().read(integrator.metadata().orElseThrow(), new H2Dialect());
		}
		assertThat(integrator.metadata()).isEmpty();
		assertThat(live).isEqualTo(TestDatabase.H2.read(EntityModel.CLASSES));
	}

	@Test
	void isCalledBeforeHibernateCreatesTheSchemaAndReadsTheSameAfterwards() throws SQLException {
		MetadataCapturingIntegrator integrator = new MetadataCapturingIntegrator();
		List<String> tablesAtIntegration = new ArrayList<>();
		Map<String, Object> settings = bootSettings("capture_create");
		IntegratorProvider probe = () -> List.of(new Integrator() {

			@Override
			public void integrate(Metadata metadata, BootstrapContext context, SessionFactoryImplementor factory) {
				tablesAtIntegration.addAll(tables("capture_create"));
				tablesAtIntegration
					.add("columns of type_sample start with " + metadata.getEntityBinding(TypeSample.class.getName())
						.getTable()
						.getColumns()
						.iterator()
						.next()
						.getName());
			}

		});
		settings.put(MetadataCapturingIntegrator.SETTING, probe);
		integrator.registerIn(settings);
		try (EntityManagerFactory factory = entityManagerFactory(settings, Action.CREATE)) {
			assertThat(factory.isOpen()).isTrue();
			assertThat(tablesAtIntegration).containsExactly("columns of type_sample start with id");
			assertThat(tables("capture_create")).contains("TYPE_SAMPLE", "EMPLOYEE_PHONES");
			EntitySchema live = new HibernateEntityReader().read(integrator.metadata().orElseThrow(), new H2Dialect());
			assertThat(live).isEqualTo(TestDatabase.H2.read(EntityModel.CLASSES));
		}
	}

	@Test
	void runsTheFailedBuildActionsWithTheMetadataWhenSchemaValidationFails() {
		MetadataCapturingIntegrator integrator = new MetadataCapturingIntegrator();
		List<EntitySchema> declared = new ArrayList<>();
		integrator.onFailedBuild(() -> declared
			.add(new HibernateEntityReader().read(integrator.metadata().orElseThrow(), new H2Dialect())));
		Map<String, Object> settings = bootSettings("capture_failed_validation");
		integrator.registerIn(settings);
		assertThatExceptionOfType(PersistenceException.class)
			.isThrownBy(() -> entityManagerFactory(settings, Action.VALIDATE).close())
			.havingRootCause()
			.isInstanceOf(SchemaManagementException.class)
			.withMessageContaining("Schema validation: missing table");
		assertThat(declared).containsExactly(TestDatabase.H2.read(EntityModel.CLASSES));
		assertThat(integrator.metadata()).isEmpty();
	}

	@Test
	void doesNotRunTheFailedBuildActionsWhenTheSessionFactoryIsBuiltAndClosed() {
		MetadataCapturingIntegrator integrator = new MetadataCapturingIntegrator();
		List<String> runs = new ArrayList<>();
		integrator.onFailedBuild(() -> runs.add("failed build"));
		Map<String, Object> settings = bootSettings("capture_closed");
		integrator.registerIn(settings);
		try (EntityManagerFactory factory = entityManagerFactory(settings, Action.CREATE)) {
			assertThat(factory.isOpen()).isTrue();
		}
		assertThat(runs).isEmpty();
		assertThat(integrator.metadata()).isEmpty();
	}

	@Test
	void keepsAnIntegratorProviderThatIsAlreadyRegistered() {
		Integrator other = new Integrator() {
		};
		Map<String, Object> settings = new HashMap<>();
		settings.put(MetadataCapturingIntegrator.SETTING, (IntegratorProvider) () -> List.of(other));
		MetadataCapturingIntegrator integrator = new MetadataCapturingIntegrator();
		integrator.registerIn(settings);
		assertThat(((IntegratorProvider) settings.get(MetadataCapturingIntegrator.SETTING)).getIntegrators())
			.containsExactly(other, integrator);
	}

	private static Map<String, Object> bootSettings(String database) {
		Map<String, Object> settings = new HashMap<>();
		settings.put("hibernate.physical_naming_strategy", EntityMetadataBuilder.BOOT_PHYSICAL_NAMING_STRATEGY);
		settings.put("hibernate.implicit_naming_strategy", EntityMetadataBuilder.BOOT_IMPLICIT_NAMING_STRATEGY);
		settings.put("jakarta.persistence.jdbc.url", url(database));
		return settings;
	}

	private static EntityManagerFactory entityManagerFactory(Map<String, Object> settings, Action action) {
		HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration("capture")
			.managedClasses(EntityModel.CLASSES)
			.schemaToolingAction(action);
		settings.forEach(configuration::property);
		return configuration.createEntityManagerFactory();
	}

	private static List<String> tables(String database) {
		List<String> tables = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(url(database));
				ResultSet result = connection.createStatement()
					.executeQuery("select table_name from information_schema.tables where table_schema = 'PUBLIC'")) {
			while (result.next()) {
				tables.add(result.getString(1));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return tables;
	}

	private static String url(String database) {
		return "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1";
	}

}
