package org.iblagh.contracts;

import java.time.Instant;

/**
 * An investigator's question or note for the reporter's follow-up page. Published by
 * triage-service.
 */
public record InvestigatorMessage(String eventId, Instant occurredAt, String reportId, int schemaVersion,
		String messageId, String text) implements IntegrationEvent {
}
