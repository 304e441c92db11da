package org.iblagh.triage.cluster.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CampaignRuleTest {

	private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");

	private final CampaignRule rule = new CampaignRule(3, Duration.ofHours(24));

	@Test
	void threeReportsWithinADayAreACampaign() {
		assertThat(this.rule.isCampaign(List.of(T, T.plusSeconds(3600), T.plus(Duration.ofHours(23))))).isTrue();
	}

	@Test
	void theSameReportsSpreadOverAWeekAreNot() {
		assertThat(this.rule.isCampaign(List.of(T, T.plus(Duration.ofDays(2)), T.plus(Duration.ofDays(4))))).isFalse();
	}

	@Test
	void aBurstLateInAnOldClusterCounts() {
		assertThat(this.rule.isCampaign(List.of(T.plus(Duration.ofDays(10)), T,
				T.plus(Duration.ofDays(10)).plusSeconds(5), T.plus(Duration.ofDays(10)).plusSeconds(60))))
			.isTrue();
	}

	@Test
	void tooFewReportsAreNeverACampaign() {
		assertThat(this.rule.isCampaign(List.of(T, T))).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> new CampaignRule(1, Duration.ofHours(1)));
	}

}
