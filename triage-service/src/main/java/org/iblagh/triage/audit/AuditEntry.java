package org.iblagh.triage.audit;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Who did or saw what, when, on which report. Written once, never updated.
 *
 * @param action a stable code, e.g. VIEW_REPORT, CLAIM, DECIDE_REFER, REVEAL_EVIDENCE
 * @param outcome OK, or the code of the refusal (e.g. CLAIMED_BY_OTHER)
 * @param detail a machine-readable detail (an evidence id), never free text
 */
@Document(AuditEntry.COLLECTION)
public record AuditEntry(@Id String id, Instant at, String actor, String action, String reportId, String outcome,
		String detail) {

	public static final String COLLECTION = "audit";

}
