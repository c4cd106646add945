package dev.strata;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules that keep the architecture visible: dependencies flow one way, from the model
 * up to the facade.
 */
class CoreArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.strata");

	@Test
	void coreNeverUsesSpring() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAPackage("org.springframework..")
			.because("the engine runs without Spring: in the build plugin and in plain Java")
			.check(CLASSES);
	}

	@Test
	void theModelDependsOnNothingElseOfStrata() {
		noClasses().that()
			.resideInAPackage("dev.strata.model..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.strata.operation..", "dev.strata.migration..", "dev.strata.dialect..",
					"dev.strata.diff..", "dev.strata.codegen..", "dev.strata.runner..", "dev.strata.entity..")
			.because("the model is the bottom layer every other package builds on")
			.check(CLASSES);
	}

	@Test
	void operationsDoNotKnowTheirInterpreters() {
		noClasses().that()
			.resideInAPackage("dev.strata.operation..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.strata.migration..", "dev.strata.dialect..", "dev.strata.diff..",
					"dev.strata.codegen..", "dev.strata.runner..", "dev.strata.entity..")
			.because("operations hold values; dialects, the code generator and the runner interpret them")
			.check(CLASSES);
	}

	@Test
	void theAuthorsApiDependsOnlyOnTheModelAndOperations() {
		noClasses().that()
			.resideInAPackage("dev.strata.migration..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.strata.dialect..", "dev.strata.diff..", "dev.strata.codegen..",
					"dev.strata.runner..", "dev.strata.entity..")
			.because("a migration imports dev.strata.migration and nothing of the engine")
			.check(CLASSES);
	}

	@Test
	void dialectsDoNotDependOnTheEngineAboveThem() {
		noClasses().that()
			.resideInAPackage("dev.strata.dialect..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.strata.diff..", "dev.strata.codegen..", "dev.strata.runner..",
					"dev.strata.entity..")
			.because("dialects interpret operations; they know nothing of runs, diffs or code")
			.check(CLASSES);
	}

	@Test
	void packagesHaveNoCycles() {
		slices().matching("dev.strata.(*)..")
			.should()
			.beFreeOfCycles()
			.because("dependencies flow one way")
			.check(CLASSES);
	}

	@Test
	void listsAreCollectedWithStreamToList() {
		noClasses().should()
			.callMethod(java.util.stream.Collectors.class, "toList")
			.because("Stream.toList() returns an unmodifiable list")
			.check(CLASSES);
	}

}
