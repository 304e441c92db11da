package org.iblagh.triage.statistics;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RefreshScheduleTest {

	@Test
	void aQuickScanKeepsTheIntervalAndASlowOneNeverTakesMoreThanATenthOfTheTime() {
		Duration minute = Duration.ofSeconds(60);
		assertThat(FunnelStatistics.nextDelay(minute, Duration.ofMillis(300))).isEqualTo(minute);
		assertThat(FunnelStatistics.nextDelay(minute, Duration.ofSeconds(20))).isEqualTo(Duration.ofSeconds(180));
	}

}
