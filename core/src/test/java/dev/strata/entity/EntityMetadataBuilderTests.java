package dev.strata.entity;

import java.util.List;
import java.util.Map;

import dev.strata.entity.model.Department;
import dev.strata.entity.model.Employee;
import dev.strata.entity.model.Parking;
import dev.strata.entity.model.Project;
import dev.strata.entity.model.Skill;
import dev.strata.entity.model.Task;
import dev.strata.entity.model.Address;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EntityMetadataBuilderTests {

	private static final List<String> EMPLOYEE_CLASSES = List.of(Employee.class.getName(), Department.class.getName(),
			Parking.class.getName(), Skill.class.getName(), Project.class.getName(), Task.class.getName(),
			Address.class.getName());

	@Test
	void defaultsToSpringBootsNamingAndNeverTouchesADatabase() {
		Map<String, Object> settings = EntityMetadataBuilder.forDatabase("PostgreSQL", "15.4")
			.settings(Map.of("hibernate.connection.url", "jdbc:postgresql://nowhere/none",
					"jakarta.persistence.jdbc.url", "jdbc:postgresql://nowhere/none", "hibernate.hbm2ddl.auto",
					"create", "jakarta.persistence.schema-generation.database.action", "create",
					"hibernate.id.db_structure_naming_strategy", "legacy"))
			.effectiveSettings();
		assertThat(settings)
			.containsEntry("hibernate.physical_naming_strategy",
					"org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl")
			.containsEntry("hibernate.implicit_naming_strategy",
					"org.springframework.boot.hibernate.SpringImplicitNamingStrategy")
			.containsEntry("hibernate.boot.allow_jdbc_metadata_access", "false")
			.containsEntry("jakarta.persistence.database-product-name", "PostgreSQL")
			.containsEntry("jakarta.persistence.database-major-version", "15")
			.containsEntry("jakarta.persistence.database-minor-version", "4")
			.containsEntry("hibernate.id.db_structure_naming_strategy", "legacy")
			.doesNotContainKeys("hibernate.connection.url", "jakarta.persistence.jdbc.url", "hibernate.hbm2ddl.auto",
					"jakarta.persistence.schema-generation.database.action");
	}

	@Test
	void picksHibernatesDialectAndVersionFromTheDatabase() {
		try (OfflineMetadata postgresql = EntityMetadataBuilder.forDatabase("PostgreSQL", "15.4")
			.classes(Department.class)
			.build();
				OfflineMetadata h2 = EntityMetadataBuilder.forDatabase("H2", "2.4.240")
					.classes(Department.class)
					.build()) {
			assertThat(postgresql.metadata().getDatabase().getDialect()).isInstanceOf(PostgreSQLDialect.class);
			assertThat(postgresql.metadata().getDatabase().getDialect().getVersion().getDatabaseMajorVersion())
				.isEqualTo(15);
			assertThat(h2.metadata().getDatabase().getDialect()).isInstanceOf(H2Dialect.class);
			assertThat(h2.metadata().getDatabase().getDialect().getVersion().getDatabaseMicroVersion()).isEqualTo(240);
		}
	}

	@Test
	void readsClassesByNameWithSpringBootsJoinTableNames() {
		try (OfflineMetadata offline = EntityMetadataBuilder.forDatabase("H2", "2.4.240")
			.classNames(EMPLOYEE_CLASSES)
			.build()) {
			EntitySchema schema = new HibernateEntityReader().read(offline.metadata(), TestDatabase.H2.dialect());
			// SpringImplicitNamingStrategy: owning table + attribute name
			assertThat(schema.snapshot().hasTable("employee_wished_skills")).isTrue();
			assertThat(schema.snapshot().hasTable("employee_statuses")).isTrue();
		}
	}

	@Test
	void theApplicationsSettingsOverrideTheDefaults() {
		try (OfflineMetadata offline = EntityMetadataBuilder.forDatabase("H2", "2.4.240")
			.classNames(EMPLOYEE_CLASSES)
			.settings(Map.of("hibernate.physical_naming_strategy", PhysicalNamingStrategyStandardImpl.class.getName(),
					"hibernate.implicit_naming_strategy", "jpa"))
			.build()) {
			EntitySchema schema = new HibernateEntityReader().read(offline.metadata(), TestDatabase.H2.dialect());
			// JPA's own naming: entity names joined, columns as the fields are named
			assertThat(schema.snapshot().hasTable("Employee_Skill")).isTrue();
			assertThat(schema.snapshot().table("Employee").orElseThrow().columnNames()).contains("firstName");
		}
	}

	@Test
	void rejectsAVersionThatIsNotANumber() {
		assertThatIllegalArgumentException().isThrownBy(() -> EntityMetadataBuilder.forDatabase("H2", "latest"))
			.withMessage("Database version [latest] must start with a number, for example 15.4 or 2.4.240");
	}

}
