package dev.strata.entity;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

class HibernateDependencyArchitectureTests {

	private final JavaClasses classes = importStrataClasses();

	private static JavaClasses importStrataClasses() {
		// the rules only look at package names, so there is no need to load Hibernate's
		// classes
		ArchConfiguration configuration = ArchConfiguration.get();
		boolean resolve = configuration.resolveMissingDependenciesFromClassPath();
		configuration.setResolveMissingDependenciesFromClassPath(false);
		try {
			return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("dev.strata");
		}
		finally {
			configuration.setResolveMissingDependenciesFromClassPath(resolve);
		}
	}

	@Test
	void onlyTheEntityPackageUsesHibernate() {
		assertThat(this.classes.get(HibernateEntityReader.class).getDirectDependenciesFromSelf())
			.anyMatch((dependency) -> dependency.getTargetClass().getPackageName().startsWith("org.hibernate"));
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
