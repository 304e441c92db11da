package org.iblagh.intake;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules that protect reporters (proof of work, receipts, validation, encryption) are
 * plain Java, and intake uses no other service's code.
 */
class ArchitectureTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.iblagh.intake");

	@Test
	void protectiveRulesImportNoFramework() {
		noClasses().that()
			.haveFullyQualifiedName("org.iblagh.intake.pow.ProofOfWork")
			.or()
			.haveFullyQualifiedName("org.iblagh.intake.receipt.ReceiptIssuer")
			.or()
			.haveFullyQualifiedName("org.iblagh.intake.submission.SubmissionValidator")
			.or()
			.haveFullyQualifiedName("org.iblagh.intake.crypto.FieldCipher")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..", "org.apache.kafka..")
			.allowEmptyShould(false)
			.check(CLASSES);
	}

	@Test
	void featuresHaveNoCycles() {
		slices().matching("org.iblagh.intake.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void noOtherServiceIsUsed() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.iblagh.evidence..", "org.iblagh.triage..", "org.iblagh.routing..",
					"org.iblagh.notification..")
			.check(CLASSES);
	}

}
