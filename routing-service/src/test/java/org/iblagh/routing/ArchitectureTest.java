package org.iblagh.routing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The routing rules and the reference data are plain Java: read and tested without a
 * framework; adapters live in the features' {@code internal} packages.
 */
class ArchitectureTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.iblagh.routing");

	@Test
	void rulesAndDataImportNoFramework() {
		noClasses().that()
			.resideInAnyPackage("org.iblagh.routing.place", "org.iblagh.routing.jurisdiction",
					"org.iblagh.routing.data")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..", "org.apache.kafka..",
					"org.iblagh.support..")
			.allowEmptyShould(false)
			.check(CLASSES);
	}

	@Test
	void featuresHaveNoCycles() {
		slices().matching("org.iblagh.routing.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void noOtherServiceIsUsed() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.iblagh.intake..", "org.iblagh.evidence..", "org.iblagh.triage..",
					"org.iblagh.notification..")
			.check(CLASSES);
	}

}
