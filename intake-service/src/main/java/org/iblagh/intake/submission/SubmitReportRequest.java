package org.iblagh.intake.submission;

import java.time.Instant;
import java.util.List;

/**
 * The report JSON of {@code POST /api/v1/reports} (API.md). Types are loose on purpose
 * (category as a string) so that a wrong value is a precise field error, not an
 * unreadable body.
 */
public record SubmitReportRequest(String category, String description, String language, Instant occurredAt,
		List<Location> contentLocations, List<Identifier> suspectIdentifiers, PlaceInput place, Boolean anonymous,
		ReporterInput reporter, Boolean consent) {

	public record Location(String url, String platform) {
	}

	public record Identifier(String type, String value) {
	}

	public record PlaceInput(String city, String province) {
	}

	/**
	 * @param statusEmails the reporter asks for status e-mails (no report content in
	 * them); needs an e-mail address
	 */
	public record ReporterInput(String fullName, String nationalId, String phone, String email, String city,
			Boolean statusEmails) {
	}

}
