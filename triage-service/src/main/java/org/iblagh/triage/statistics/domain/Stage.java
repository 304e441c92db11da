package org.iblagh.triage.statistics.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The steps of the public funnel, in order. Each stage implies the ones before it, so the
 * funnel never widens: an acknowledged report was referred, a referred report was
 * triaged, and every report was received.
 */
public enum Stage {

	/** Secured and assessed: every report triage holds. */
	RECEIVED,

	/** An investigator reached an outcome: referred or dismissed. */
	TRIAGED,

	/** Sent to the authorities (whatever routing did next). */
	REFERRED,

	/** An office acknowledged the referral or gave an instruction. */
	ACKNOWLEDGED;

	private static final Set<String> ACKNOWLEDGED_STATUSES = Set.of("ACKNOWLEDGED", "INSTRUCTED");

	// a report that went further than the referral was referred, even if the REFERRED
	// entry itself is missing from its history (a status can arrive before the document)
	private static final Set<String> REFERRED_STATUSES = Set.of("REFERRED", "PLACE_NEEDED", "ROUTED",
			"PROSECUTOR_NOTIFIED", "ESCALATED", "ACKNOWLEDGED", "INSTRUCTED");

	private static final Set<String> DISMISSED_STATUSES = Set.of("DISMISSED");

	/** The name used in JSON and CSV: {@code received}, {@code triaged}, … */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The stages a report reached.
	 * @param statuses the status codes in its history (any order)
	 * @param officeAnswered whether an office acknowledged or instructed on it
	 */
	public static Set<Stage> reached(Collection<String> statuses, boolean officeAnswered) {
		EnumSet<Stage> stages = EnumSet.of(RECEIVED);
		boolean acknowledged = officeAnswered || statuses.stream().anyMatch(ACKNOWLEDGED_STATUSES::contains);
		boolean referred = acknowledged || statuses.stream().anyMatch(REFERRED_STATUSES::contains);
		boolean triaged = referred || statuses.stream().anyMatch(DISMISSED_STATUSES::contains);
		if (triaged) {
			stages.add(TRIAGED);
		}
		if (referred) {
			stages.add(REFERRED);
		}
		if (acknowledged) {
			stages.add(ACKNOWLEDGED);
		}
		return stages;
	}

}
