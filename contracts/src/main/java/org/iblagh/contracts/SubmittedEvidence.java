package org.iblagh.contracts;

/**
 * An evidence file as intake received it, waiting in the quarantine bucket.
 */
public record SubmittedEvidence(String evidenceId, String fileName, String declaredMediaType, long size, String sha256,
		String bucket, String objectKey) {
}
