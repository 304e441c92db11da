package org.iblagh.triage.statistics.domain;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IsoWeeksTest {

	@Test
	void weeksFollowIsoWeekYears() {
		assertThat(IsoWeeks.of(Instant.parse("2026-01-01T10:00:00Z"))).isEqualTo("2026-W01");
		assertThat(IsoWeeks.of(Instant.parse("2027-01-01T10:00:00Z"))).isEqualTo("2026-W53");
		assertThat(IsoWeeks.of(Instant.parse("2026-11-29T23:59:59Z"))).isEqualTo("2026-W48");
		assertThat(IsoWeeks.of(Instant.parse("2026-11-30T00:00:00Z"))).isEqualTo("2026-W49");
	}

	@Test
	void theWindowStartsOnAMonday() {
		Instant now = Instant.parse("2026-11-28T19:00:00Z");
		assertThat(IsoWeeks.startOfWeek(now, 0)).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
		assertThat(IsoWeeks.startOfWeek(now, 51)).isEqualTo(Instant.parse("2025-12-01T00:00:00Z"));
		assertThat(IsoWeeks.isWeek("2026-W48")).isTrue();
		assertThat(IsoWeeks.isWeek("<script>")).isFalse();
	}

}
