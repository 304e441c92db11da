package org.iblagh.evidence.inspection;

import java.time.Duration;
import java.time.Instant;

/**
 * When evidence may be deleted (law 09-08: no longer than needed). A dismissed report's
 * evidence goes after a short period, a closed case's after a longer one; open reports
 * and reports under legal hold are kept.
 */
public record RetentionPolicy(Duration afterDismissal, Duration afterClosure, Duration minimum) {

	/**
	 * @param lifecycle OPEN, DISMISSED or CLOSED
	 * @return when deletion becomes allowed, or null while it must be kept
	 */
	public Instant deletableFrom(String lifecycle, Instant lifecycleAt, boolean legalHold, Instant securedAt) {
		if (legalHold || lifecycleAt == null) {
			return null;
		}
		Instant from = switch (lifecycle) {
			case "DISMISSED" -> lifecycleAt.plus(this.afterDismissal);
			case "CLOSED" -> lifecycleAt.plus(this.afterClosure);
			default -> null;
		};
		if (from == null) {
			return null;
		}
		Instant floor = (securedAt != null) ? securedAt.plus(this.minimum) : from;
		return from.isBefore(floor) ? floor : from;
	}

}
