package org.iblagh.contracts;

import java.time.Instant;
import java.util.List;

/**
 * Routing found the competent police unit and prosecutor's office. Carries what the
 * offices need. Published by routing-service.
 */
public record ReportRouted(String eventId, Instant occurredAt, String reportId, int schemaVersion, Category category,
		Priority priority, OffenceClass offenceClass, Place place, String summary,
		List<SuggestedOffence> suggestedOffences, List<Indicator> indicators, List<ReferredEvidence> evidence,
		Office policeUnit, Office prosecutorOffice, List<RoutingBasis> basis,
		Instant receivedAt) implements IntegrationEvent {

	public ReportRouted {
		suggestedOffences = (suggestedOffences != null) ? List.copyOf(suggestedOffences) : List.of();
		indicators = (indicators != null) ? List.copyOf(indicators) : List.of();
		evidence = (evidence != null) ? List.copyOf(evidence) : List.of();
		basis = (basis != null) ? List.copyOf(basis) : List.of();
	}

}
