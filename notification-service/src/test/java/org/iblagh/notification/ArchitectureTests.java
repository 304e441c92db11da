package org.iblagh.notification;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The referral model, the Atom writer, the webhook signature and the office directory are
 * plain Java; features do not depend on each other in cycles; no other service is used.
 */
class ArchitectureTests {

	// the module's own classes only: scanning the whole classpath is slow
	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPath(java.nio.file.Path.of("target", "classes"));

	@Test
	void theDomainImportsNoFramework() {
		noClasses().that()
			.resideInAnyPackage("org.iblagh.notification.referral", "org.iblagh.notification.feed",
					"org.iblagh.notification.webhook", "org.iblagh.notification.office")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..", "org.apache.kafka..")
			.check(CLASSES);
	}

	@Test
	void featuresHaveNoCycles() {
		slices().matching("org.iblagh.notification.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void noOtherServiceIsUsed() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.iblagh.intake..", "org.iblagh.evidence..", "org.iblagh.triage..",
					"org.iblagh.routing..")
			.check(CLASSES);
	}

}
