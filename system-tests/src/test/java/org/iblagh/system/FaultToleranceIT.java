package org.iblagh.system;

import java.time.Duration;

import org.iblagh.bench.FaultScenarios;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing is lost and nothing is delivered twice when the platform suffers faults. Each
 * scenario submits a few hundred reports while the fault happens and compares, by report
 * id, what was accepted with what reached the prosecutors.
 * {@code ./iblagh bench --faults} runs the same scenarios with 10,000 reports each.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceIT {

	private static final int REPORTS = Integer.getInteger("iblagh.faults.reports", 150);

	private static FaultScenarios faults;

	@BeforeAll
	static void start() throws Exception {
		faults = new FaultScenarios(SharedPlatform.get());
	}

	@AfterAll
	static void stop() {
		faults.close();
	}

	@Test
	@Order(1)
	void reportsAcceptedWhileKafkaIsDownAreAllDeliveredOnceItReturns() throws Exception {
		assertClean(faults.kafkaDownAtSubmission(REPORTS));
	}

	@Test
	@Order(2)
	void aBrokerRestartDuringLoadLosesAndDuplicatesNothing() throws Exception {
		assertClean(faults.kafkaRestartDuringLoad(REPORTS));
	}

	@Test
	@Order(3)
	void killingEachServiceMidRunLosesAndDuplicatesNothing() throws Exception {
		assertClean(faults.killEachService(REPORTS));
	}

	@Test
	@Order(4)
	void evidenceWaitsWhileObjectStorageIsDown() throws Exception {
		assertClean(faults.s3Unavailable(REPORTS, Duration.ofSeconds(30)));
	}

	@Test
	@Order(5)
	void everyEventDeliveredTwiceChangesNothing() throws Exception {
		assertClean(faults.everyEventTwice(REPORTS));
	}

	@Test
	@Order(6)
	void aPoisonMessageOnEveryTopicEndsInItsDeadLetterTopic() throws Exception {
		assertThat(faults.poisonOnEveryTopic(Duration.ofSeconds(60))).isEmpty();
	}

	private static void assertClean(FaultScenarios.Outcome outcome) {
		assertThat(outcome.accepted()).as("accepted reports").isPositive();
		assertThat(outcome.lost()).as(outcome.name() + ": lost").isEmpty();
		assertThat(outcome.duplicated()).as(outcome.name() + ": duplicated").isEmpty();
	}

}
