package org.iblagh.contracts;

import java.time.Instant;

/**
 * An office was given a referral. Published by notification-service.
 */
public record ReportNotified(String eventId, Instant occurredAt, String reportId, int schemaVersion, String referralId,
		String officeId) implements IntegrationEvent {
}
