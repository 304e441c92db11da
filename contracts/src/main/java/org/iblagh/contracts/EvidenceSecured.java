package org.iblagh.contracts;

import java.time.Instant;
import java.util.List;

/**
 * Every file of a report is verified and stored write-once (or the report had none).
 * Carries the report content on to triage. Published by evidence-service.
 */
public record EvidenceSecured(String eventId, Instant occurredAt, String reportId, int schemaVersion,
		ReportContent content, List<SecuredEvidence> evidence) implements IntegrationEvent {

	public EvidenceSecured {
		evidence = (evidence != null) ? List.copyOf(evidence) : List.of();
	}

}
