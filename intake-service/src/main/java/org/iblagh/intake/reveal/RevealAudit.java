package org.iblagh.intake.reveal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One reveal of a reporter's contact: who asked, when, why. Append-only.
 */
@Document(RevealAudit.COLLECTION)
public record RevealAudit(@Id String id, String reporterRef, String reportId, String investigator, String reason,
		Instant at) {

	public static final String COLLECTION = "reporter_reveals";

}
