package org.iblagh.notification.referral;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.iblagh.contracts.Category;
import org.iblagh.contracts.Place;
import org.iblagh.contracts.Priority;
import org.iblagh.contracts.ReportTriaged;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReferralFactoryTests {

	private static final Instant NOW = Instant.parse("2026-11-20T10:00:05Z");

	private final ReferralFactory factory = new ReferralFactory(DeadlinePolicy.defaults(), "http://127.0.0.1:8082/");

	@Test
	void oneReferralPerAddresseeWithDeterministicIds() {
		List<Referral> referrals = this.factory.fromRouted(ReferralFixture.routed("R1", Priority.P2), NOW);
		assertThat(referrals).extracting(Referral::referralId).containsExactly("F-TPI-RABAT-R1", "F-DGSN-SLCNT-R1");
		assertThat(referrals).extracting(Referral::addressee).containsExactly(Addressee.PROSECUTOR, Addressee.POLICE);
		Referral prosecutor = referrals.get(0);
		assertThat(prosecutor.exportUrl()).isEqualTo("http://127.0.0.1:8082/api/v1/reports/R1/export");
		assertThat(prosecutor.evidence()).singleElement().satisfies((e) -> assertThat(e.sha256()).hasSize(64));
		assertThat(prosecutor.dueAt()).isEqualTo(NOW.plus(Duration.ofHours(4)));
		assertThat(prosecutor.status()).isEqualTo(ReferralStatus.NOTIFIED);
		assertThat(prosecutor.basis()).hasSize(1);
	}

	@Test
	void aReplayGivesTheSameIds() {
		assertThat(this.factory.fromRouted(ReferralFixture.routed("R1", Priority.P2), NOW))
			.extracting(Referral::referralId)
			.isEqualTo(this.factory.fromRouted(ReferralFixture.routed("R1", Priority.P2), NOW.plusSeconds(60))
				.stream()
				.map(Referral::referralId)
				.toList());
	}

	@Test
	void theSameOfficeTwiceGetsOneReferral() {
		assertThat(this.factory.fromRouted(ReferralFixture.routed("R1", Priority.P3, "X", "X"), NOW)).hasSize(1);
	}

	@Test
	void onlyAP1GoesToTheDutyDesk() {
		ReportTriaged p1 = new ReportTriaged("e", NOW, "R9", 1, Category.TERRORISM, 0.9, Priority.P1, 95, "imminent",
				NOW, new Place("Fès", null), "ar");
		ReportTriaged p2 = new ReportTriaged("e", NOW, "R9", 1, Category.TERRORISM, 0.9, Priority.P2, 60, "x", NOW,
				null, "ar");
		assertThat(this.factory.fromTriaged(p1, "DUTY", "Duty", NOW)).singleElement()
			.satisfies((r) -> assertThat(r.referralId()).isEqualTo("D-R9"));
		assertThat(this.factory.fromTriaged(p2, "DUTY", "Duty", NOW)).isEmpty();
	}

	@Test
	void deadlinesByPriorityAndOverdue() {
		DeadlinePolicy policy = new DeadlinePolicy(Map.of(Priority.P1, Duration.ofMinutes(60)));
		assertThat(policy.delayFor(Priority.P4)).isEqualTo(Duration.ofMinutes(60));
		Referral r = new ReferralFactory(policy, "http://e").fromRouted(ReferralFixture.routed("R2", Priority.P1), NOW)
			.get(0);
		assertThat(r.isOverdue(NOW.plus(Duration.ofMinutes(59)))).isFalse();
		assertThat(r.isOverdue(NOW.plus(Duration.ofMinutes(60)))).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> new DeadlinePolicy(Map.of(Priority.P1, Duration.ZERO)));
	}

}
