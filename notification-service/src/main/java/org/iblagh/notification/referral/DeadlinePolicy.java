package org.iblagh.notification.referral;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.iblagh.contracts.Priority;

/**
 * How long an office has to acknowledge a referral, by priority. A priority without a
 * configured delay takes the slowest configured one, so no referral is left without a
 * deadline.
 */
public final class DeadlinePolicy {

	private final Map<Priority, Duration> delays;

	public DeadlinePolicy(Map<Priority, Duration> delays) {
		if (delays.isEmpty()) {
			throw new IllegalArgumentException("at least one acknowledgement delay is needed");
		}
		delays.values().forEach((d) -> {
			if (d.isNegative() || d.isZero()) {
				throw new IllegalArgumentException("acknowledgement delays must be positive");
			}
		});
		this.delays = new EnumMap<>(delays);
	}

	/** P1 1 h, P2 4 h, P3 24 h, P4 72 h. */
	public static DeadlinePolicy defaults() {
		return new DeadlinePolicy(Map.of(Priority.P1, Duration.ofHours(1), Priority.P2, Duration.ofHours(4),
				Priority.P3, Duration.ofHours(24), Priority.P4, Duration.ofHours(72)));
	}

	public Duration delayFor(Priority priority) {
		Duration delay = (priority != null) ? this.delays.get(priority) : null;
		if (delay == null) {
			delay = this.delays.values().stream().max(Duration::compareTo).orElseThrow();
		}
		return delay;
	}

	public Instant dueAt(Priority priority, Instant notifiedAt) {
		return notifiedAt.plus(delayFor(priority));
	}

}
