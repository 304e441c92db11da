package org.iblagh.evidence;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "org.iblagh.evidence", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	/**
	 * The custody chain, PDQ, hashing, hash lists and inspection rules are plain Java.
	 */
	@ArchTest
	static final ArchRule domainIsPlainJava = noClasses().that()
		.resideInAnyPackage("..evidence.custody..", "..evidence.pdq..", "..evidence.hashing..", "..evidence.hashlist..",
				"..evidence.inspection..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..", "org.apache.kafka..", "io.minio..")
		.allowEmptyShould(false);

	@ArchTest
	static final ArchRule noCyclesBetweenFeatures = slices().matching("org.iblagh.evidence.(*)..")
		.should()
		.beFreeOfCycles()
		.allowEmptyShould(false);

	@ArchTest
	static final ArchRule noOtherService = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.iblagh.intake..", "org.iblagh.triage..", "org.iblagh.routing..",
				"org.iblagh.notification..");

}
