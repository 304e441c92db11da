package org.iblagh.contracts;

import java.time.Instant;

/**
 * An office acknowledged a referral or gave an instruction. Published by
 * notification-service.
 *
 * @param kind ACKNOWLEDGED or INSTRUCTED
 * @param decision OPEN_INVESTIGATION, REQUEST_MORE_INFO or NO_FURTHER_ACTION; null for an
 * acknowledgement
 * @param forReporter whether the office marked the text as fit for the reporter
 */
public record ProsecutorInstruction(String eventId, Instant occurredAt, String reportId, int schemaVersion,
		String referralId, String officeId, String kind, String decision, String text,
		boolean forReporter) implements IntegrationEvent {
}
