package dev.strata.autoconfigure;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Condition;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

class AutoConfigurationArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.strata.autoconfigure", "dev.strata.actuate");

	@Test
	void autoConfigurationsArePublicAndFinal() {
		classes().that()
			.areAnnotatedWith(AutoConfiguration.class)
			.should()
			.bePublic()
			.andShould()
			.haveModifier(com.tngtech.archunit.core.domain.JavaModifier.FINAL)
			.because("auto-configurations are not meant to be extended (Spring Boot's convention)")
			.check(CLASSES);
	}

	@Test
	void conditionsAreNotPublic() {
		classes().that()
			.implement(Condition.class)
			.should()
			.notBePublic()
			.because("conditions are an implementation detail of their auto-configuration")
			.check(CLASSES);
	}

}
