package org.iblagh.contracts;

import java.time.Instant;
import java.util.List;

/**
 * What the citizen reported, carried from intake to triage (event-carried state
 * transfer). Never the reporter's identity.
 */
public record ReportContent(Category category, String description, String language, Instant factsOccurredAt,
		List<ContentLocation> contentLocations, List<SuspectIdentifier> suspectIdentifiers, Place place,
		ReporterRef reporter, Instant receivedAt) {

	public ReportContent {
		contentLocations = (contentLocations != null) ? List.copyOf(contentLocations) : List.of();
		suspectIdentifiers = (suspectIdentifiers != null) ? List.copyOf(suspectIdentifiers) : List.of();
	}

}
