package org.iblagh.contracts;

import java.time.Instant;
import java.util.List;

/**
 * An investigator referred the report to the judicial authorities. Published by
 * triage-service; routing decides where it goes.
 *
 * @param offenceClass null when the investigator gave none (routing derives a default)
 */
public record ReportReferred(String eventId, Instant occurredAt, String reportId, int schemaVersion, Category category,
		Priority priority, OffenceClass offenceClass, Place place, String summary,
		List<SuggestedOffence> suggestedOffences, List<Indicator> indicators, List<ReferredEvidence> evidence,
		String decidedBy, Instant receivedAt) implements IntegrationEvent {

	public ReportReferred {
		suggestedOffences = (suggestedOffences != null) ? List.copyOf(suggestedOffences) : List.of();
		indicators = (indicators != null) ? List.copyOf(indicators) : List.of();
		evidence = (evidence != null) ? List.copyOf(evidence) : List.of();
	}

}
