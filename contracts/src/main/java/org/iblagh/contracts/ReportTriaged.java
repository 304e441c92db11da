package org.iblagh.contracts;

import java.time.Instant;

/**
 * The automated assessment of a report, before any human decision. Published by
 * triage-service; a P1 goes to the duty feed at once.
 */
public record ReportTriaged(String eventId, Instant occurredAt, String reportId, int schemaVersion, Category category,
		double categoryConfidence, Priority priority, int score, String summary, Instant dueAt, Place place,
		String language) implements IntegrationEvent {
}
