package org.iblagh.notification.referral;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.iblagh.contracts.Category;
import org.iblagh.contracts.Priority;
import org.iblagh.contracts.ProsecutorInstruction;
import org.iblagh.contracts.ReportNotified;
import org.iblagh.contracts.ReportStatus;
import org.iblagh.contracts.ReportStatusChanged;
import org.iblagh.contracts.ReportTriaged;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ReferralAnswersTests {

	private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

	private final AtomicInteger ids = new AtomicInteger();

	private final ReferralAnswers answers = new ReferralAnswers(() -> "ev-" + this.ids.incrementAndGet());

	private final Referral p1 = new ReferralFactory(DeadlinePolicy.defaults(), "http://ev")
		.fromRouted(ReferralFixture.routed("R1", Priority.P1), NOW)
		.get(0);

	@Test
	void thePoliceUnitsReferralIsAnnouncedWithoutChangingTheReportsStatus() {
		Referral police = new ReferralFactory(DeadlinePolicy.defaults(), "http://ev")
			.fromRouted(ReferralFixture.routed("R1", Priority.P1), NOW)
			.stream()
			.filter((r) -> r.addressee() == Addressee.POLICE)
			.findFirst()
			.orElseThrow();
		assertThat(this.answers.notified(police)).singleElement().isInstanceOf(ReportNotified.class);
	}

	@Test
	void aNewReferralIsAnnouncedAsNotifiedWithItsOffice() {
		var events = this.answers.notified(this.p1);
		assertThat(events).hasSize(2);
		assertThat(events).filteredOn(ReportNotified.class::isInstance)
			.singleElement()
			.satisfies((e) -> assertThat(((ReportNotified) e).referralId()).isEqualTo("F-TPI-RABAT-R1"));
		assertThat(events).filteredOn(ReportStatusChanged.class::isInstance).singleElement().satisfies((e) -> {
			assertThat(((ReportStatusChanged) e).status()).isEqualTo(ReportStatus.PROSECUTOR_NOTIFIED);
			assertThat(((ReportStatusChanged) e).detail()).isEqualTo("TPI-RABAT");
			assertThat(((ReportStatusChanged) e).source()).isEqualTo("notification-service");
		});
	}

	@Test
	void acknowledgingTwiceChangesNothingTheSecondTime() {
		var first = this.answers.acknowledge(this.p1, NOW.plusSeconds(60));
		assertThat(first.changed()).isTrue();
		assertThat(first.referral().status()).isEqualTo(ReferralStatus.ACKNOWLEDGED);
		assertThat(first.events()).extracting((e) -> e.getClass().getSimpleName())
			.containsExactly("ProsecutorInstruction", "ReportStatusChanged");
		var second = this.answers.acknowledge(first.referral(), NOW.plusSeconds(120));
		assertThat(second.changed()).isFalse();
		assertThat(second.events()).isEmpty();
	}

	@Test
	void anInstructionWithoutAcknowledgementAcknowledgesFirst() {
		var outcome = this.answers.instruct(this.p1, InstructionDecision.REQUEST_MORE_INFO, "Préciser l'URL", true,
				NOW);
		assertThat(outcome.events()).filteredOn(ProsecutorInstruction.class::isInstance)
			.extracting((e) -> ((ProsecutorInstruction) e).kind())
			.containsExactly("ACKNOWLEDGED", "INSTRUCTED");
		assertThat(outcome.referral().instruction().forReporter()).isTrue();
		assertThat(this.answers
			.instruct(outcome.referral(), InstructionDecision.REQUEST_MORE_INFO, "Préciser l'URL", true, NOW)
			.changed()).isFalse();
		assertThat(
				this.answers.instruct(outcome.referral(), InstructionDecision.OPEN_INVESTIGATION, "Ouvrir", false, NOW)
					.events())
			.hasSize(2);
	}

	@Test
	void onlyAnOverdueUnacknowledgedReferralEscalates() {
		assertThat(this.answers.escalate(this.p1, NOW.plus(Duration.ofMinutes(59))).changed()).isFalse();
		var escalated = this.answers.escalate(this.p1, NOW.plus(Duration.ofMinutes(60)));
		assertThat(escalated.referral().status()).isEqualTo(ReferralStatus.ESCALATED);
		assertThat(escalated.events()).singleElement()
			.satisfies((e) -> assertThat(((ReportStatusChanged) e).status()).isEqualTo(ReportStatus.ESCALATED));
		assertThat(this.answers.escalate(escalated.referral(), NOW.plus(Duration.ofHours(5))).changed()).isFalse();
		var acknowledged = this.answers.acknowledge(this.p1, NOW);
		assertThat(this.answers.escalate(acknowledged.referral(), NOW.plus(Duration.ofHours(5))).changed()).isFalse();
	}

	@Test
	void aDutyAlertPublishesNothingAndTakesNoInstruction() {
		Referral duty = new ReferralFactory(DeadlinePolicy.defaults(), "http://ev")
			.fromTriaged(new ReportTriaged("e", NOW, "R2", 1, Category.TERRORISM, 0.9, Priority.P1, 90, "x", NOW, null,
					"ar"), "DUTY", "Duty", NOW)
			.get(0);
		assertThat(this.answers.notified(duty)).isEmpty();
		var acknowledged = this.answers.acknowledge(duty, NOW);
		assertThat(acknowledged.changed()).isTrue();
		assertThat(acknowledged.events()).isEmpty();
		assertThatIllegalStateException()
			.isThrownBy(() -> this.answers.instruct(duty, InstructionDecision.OPEN_INVESTIGATION, "x", false, NOW));
		assertThat(duty.isOverdue(NOW.plus(Duration.ofDays(30)))).isFalse();
	}

}
