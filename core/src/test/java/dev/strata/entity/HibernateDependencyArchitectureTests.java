package dev.strata.entity;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class HibernateDependencyArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.strata");

	@Test
	void onlyTheEntityPackageUsesHibernate() {
		noClasses().that()
			.resideOutsideOfPackage("dev.strata.entity..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.hibernate..")
			.because("hibernate-core is an optional dependency that only the entity reader needs")
			.check(this.classes);
	}

	@Test
	void theEntityPackageDoesNotUseSpring() {
		noClasses().that()
			.resideInAPackage("dev.strata.entity..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.springframework..")
			.because("core runs without Spring; Spring Boot's naming strategy is named by its class name")
			.check(this.classes);
	}

}
