package org.iblagh.contracts;

/**
 * Lifecycle codes published on {@code report.status.v1}. Codes never change; translations
 * are labels.
 */
public enum ReportStatus {

	SUBMITTED, EVIDENCE_SECURED, UNDER_REVIEW, INFO_REQUESTED, REFERRED, PLACE_NEEDED, ROUTED, PROSECUTOR_NOTIFIED,
	ACKNOWLEDGED, ESCALATED, INSTRUCTED, DISMISSED, CLOSED

}
