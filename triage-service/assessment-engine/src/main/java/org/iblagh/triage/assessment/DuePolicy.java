package org.iblagh.triage.assessment;

import java.time.Duration;
import java.util.Objects;

import org.iblagh.contracts.Priority;

/**
 * How long the technical unit has to look at a report of each priority.
 */
public record DuePolicy(Duration p1, Duration p2, Duration p3, Duration p4) {

	public DuePolicy {
		Objects.requireNonNull(p1, "p1");
		Objects.requireNonNull(p2, "p2");
		Objects.requireNonNull(p3, "p3");
		Objects.requireNonNull(p4, "p4");
	}

	/**
	 * P1 1 hour, P2 24 hours, P3 72 hours, P4 7 days.
	 */
	public static DuePolicy defaults() {
		return new DuePolicy(Duration.ofHours(1), Duration.ofHours(24), Duration.ofHours(72), Duration.ofDays(7));
	}

	public Duration dueIn(Priority priority) {
		return switch (priority) {
			case P1 -> this.p1;
			case P2 -> this.p2;
			case P3 -> this.p3;
			case P4 -> this.p4;
		};
	}

}
