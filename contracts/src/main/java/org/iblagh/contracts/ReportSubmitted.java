package org.iblagh.contracts;

import java.time.Instant;
import java.util.List;

/**
 * Intake accepted and durably stored a report. Published by intake-service.
 */
public record ReportSubmitted(String eventId, Instant occurredAt, String reportId, int schemaVersion,
		ReportContent content, List<SubmittedEvidence> evidence) implements IntegrationEvent {

	public ReportSubmitted {
		evidence = (evidence != null) ? List.copyOf(evidence) : List.of();
	}

}
