package org.iblagh.triage.report;

import java.util.EnumSet;
import java.util.Set;

import org.iblagh.contracts.ReportStatus;

/**
 * Which statuses mean the technical unit still has work on a report, and which statuses
 * published by other services move the console's status.
 */
public final class Lifecycle {

	/** Reports waiting for the unit: the default queue. */
	public static final Set<ReportStatus> OPEN = Set.copyOf(EnumSet.of(ReportStatus.EVIDENCE_SECURED,
			ReportStatus.UNDER_REVIEW, ReportStatus.INFO_REQUESTED, ReportStatus.PLACE_NEEDED));

	/**
	 * Statuses that describe an earlier step than triage; they join the history but never
	 * move a triaged report back.
	 */
	private static final Set<ReportStatus> BEFORE_TRIAGE = Set
		.copyOf(EnumSet.of(ReportStatus.SUBMITTED, ReportStatus.EVIDENCE_SECURED));

	private Lifecycle() {
	}

	public static boolean isOpen(ReportStatus status) {
		return OPEN.contains(status);
	}

	/**
	 * Whether a status tells a step before triage (submission, evidence secured); the
	 * report's history gets those from the event that makes the report here.
	 */
	public static boolean isBeforeTriage(ReportStatus status) {
		return BEFORE_TRIAGE.contains(status);
	}

	/**
	 * Whether another service's status becomes the report's current status in the
	 * console.
	 */
	public static boolean movesConsoleStatus(ReportStatus status) {
		return status != null && !BEFORE_TRIAGE.contains(status);
	}

}
