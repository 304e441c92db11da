package org.iblagh.triage.assessment;

import java.time.Instant;
import java.util.List;

import org.iblagh.contracts.Category;
import org.iblagh.contracts.ContentLocation;
import org.iblagh.contracts.Place;
import org.iblagh.contracts.SuspectIdentifier;

/**
 * What the engine needs to know about one report. The declared category and language are
 * the citizen's choice and only signals; {@code relatedReports} and {@code campaign} come
 * from the clustering done by the service.
 */
public record ReportInput(String description, Category declaredCategory, String declaredLanguage,
		List<ContentLocation> contentLocations, List<SuspectIdentifier> suspectIdentifiers, Place place,
		int relatedReports, boolean campaign, boolean hashListMatch, Instant receivedAt) {

	public ReportInput {
		description = (description != null) ? description : "";
		contentLocations = (contentLocations != null) ? List.copyOf(contentLocations) : List.of();
		suspectIdentifiers = (suspectIdentifiers != null) ? List.copyOf(suspectIdentifiers) : List.of();
	}

	/**
	 * A report with only a description, for tests and tools.
	 */
	public static ReportInput ofDescription(String description) {
		return new ReportInput(description, null, null, List.of(), List.of(), null, 0, false, false, null);
	}

	public ReportInput withDeclaredCategory(Category category) {
		return new ReportInput(this.description, category, this.declaredLanguage, this.contentLocations,
				this.suspectIdentifiers, this.place, this.relatedReports, this.campaign, this.hashListMatch,
				this.receivedAt);
	}

}
