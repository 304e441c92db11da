package org.iblagh.contracts;

import java.time.Instant;
import java.util.List;

/**
 * The reporter wrote on the follow-up page, possibly with late evidence. Published by
 * intake-service.
 */
public record ReporterMessage(String eventId, Instant occurredAt, String reportId, int schemaVersion, String messageId,
		String text, List<SubmittedEvidence> evidence) implements IntegrationEvent {

	public ReporterMessage {
		evidence = (evidence != null) ? List.copyOf(evidence) : List.of();
	}

}
