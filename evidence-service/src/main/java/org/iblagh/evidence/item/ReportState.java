package org.iblagh.evidence.item;

import java.time.Instant;
import java.util.List;

/**
 * What evidence-service remembers of a report: the content to pass on, its evidence, the
 * offices it was routed to, and what drives retention.
 *
 * @param lifecycle OPEN, DISMISSED or CLOSED
 */
public record ReportState(String reportId, String contentJson, List<String> evidenceIds, List<String> processedEvents,
		List<String> offices, String lifecycle, Instant lifecycleAt, boolean legalHold, Instant deleteAfter,
		Instant purgedAt, Instant createdAt, long version) {

	public ReportState {
		evidenceIds = (evidenceIds != null) ? List.copyOf(evidenceIds) : List.of();
		processedEvents = (processedEvents != null) ? List.copyOf(processedEvents) : List.of();
		offices = (offices != null) ? List.copyOf(offices) : List.of();
		lifecycle = (lifecycle != null) ? lifecycle : "OPEN";
	}

	public boolean processed(String eventId) {
		return this.processedEvents.contains(eventId);
	}

}
