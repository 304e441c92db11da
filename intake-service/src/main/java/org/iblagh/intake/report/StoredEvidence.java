package org.iblagh.intake.report;

/**
 * An evidence file received with the report (or later), as stored in quarantine.
 */
public record StoredEvidence(String evidenceId, String fileName, String declaredMediaType, long size, String sha256,
		String bucket, String objectKey) {
}
