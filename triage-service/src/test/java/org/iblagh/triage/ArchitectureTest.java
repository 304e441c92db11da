package org.iblagh.triage;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ArchitectureTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.iblagh.triage");

	@Test
	void domainPackagesImportNoFramework() {
		noClasses().that()
			.resideInAPackage("..domain..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..", "org.apache.kafka..",
					"org.iblagh.support..")
			.allowEmptyShould(false)
			.check(CLASSES);
	}

	@Test
	void featuresHaveNoCycles() {
		slices().matching("org.iblagh.triage.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void theReportKernelDependsOnNoFeature() {
		noClasses().that()
			.resideInAPackage("org.iblagh.triage.report..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.iblagh.triage.screening..", "org.iblagh.triage.decision..",
					"org.iblagh.triage.queue..", "org.iblagh.triage.console..", "org.iblagh.triage.followup..",
					"org.iblagh.triage.cluster..")
			.check(CLASSES);
	}

	@Test
	void noOtherServiceIsUsed() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.iblagh.intake..", "org.iblagh.evidence..", "org.iblagh.routing..",
					"org.iblagh.notification..")
			.check(CLASSES);
	}

}
