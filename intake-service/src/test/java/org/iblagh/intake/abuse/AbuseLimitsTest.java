package org.iblagh.intake.abuse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AbuseLimitsTest {

	MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));

	@Test
	void aClientMayReportAtLeast120TimesAMinuteThenWaits() {
		AbuseLimits limits = new AbuseLimits(new ClientKeys(Duration.ofHours(1), this.clock), 120, 10);
		for (int i = 0; i < 120; i++) {
			limits.countSubmission("198.51.100.7");
		}
		assertThatThrownBy(() -> limits.countSubmission("198.51.100.7")).isInstanceOfSatisfying(
				AbuseLimits.LimitExceededException.class,
				(ex) -> assertThat(ex.retryAfterSeconds()).isBetween(1L, 60L));
		limits.countSubmission("198.51.100.8");
	}

	@Test
	void wrongReceiptsAreThrottledAfterTenAndTheRotationForgetsEveryone() {
		AbuseLimits limits = new AbuseLimits(new ClientKeys(Duration.ofHours(1), this.clock), 120, 10);
		for (int i = 0; i < 10; i++) {
			limits.checkReceiptGuesses("198.51.100.7");
			limits.countWrongReceipt("198.51.100.7");
		}
		assertThatThrownBy(() -> limits.checkReceiptGuesses("198.51.100.7"))
			.isInstanceOf(AbuseLimits.LimitExceededException.class);
		this.clock.now = this.clock.now.plus(Duration.ofMinutes(61));
		limits.checkReceiptGuesses("198.51.100.7");
	}

	@Test
	void keysDoNotRevealTheAddressAndChangeWithEachRotation() {
		ClientKeys keys = new ClientKeys(Duration.ofHours(1), this.clock);
		String first = keys.keyOf("198.51.100.7");
		assertThat(first).doesNotContain("198.51.100.7").isEqualTo(keys.keyOf("198.51.100.7"));
		assertThat(keys.keyOf("198.51.100.8")).isNotEqualTo(first);
		this.clock.now = this.clock.now.plus(Duration.ofHours(2));
		assertThat(keys.keyOf("198.51.100.7")).isNotEqualTo(first);
		assertThat(new ClientKeys(Duration.ofHours(1), this.clock).keyOf("198.51.100.7"))
			.isNotEqualTo(keys.keyOf("198.51.100.7"));
	}

	static final class MutableClock extends Clock {

		Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
