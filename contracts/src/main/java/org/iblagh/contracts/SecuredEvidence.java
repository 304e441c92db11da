package org.iblagh.contracts;

import java.util.List;

/**
 * An evidence file once evidence-service has verified and stored it write-once.
 *
 * @param pdq the 256-bit PDQ perceptual hash in hex, for images; null otherwise
 * @param flags e.g. MEDIA_TYPE_MISMATCH, HASH_MISMATCH, CORRUPT, HASH_LIST_MATCH
 * @param duplicateOfReportIds other reports holding the same or a near-identical file
 */
public record SecuredEvidence(String evidenceId, String fileName, String mediaType, String declaredMediaType, long size,
		String sha256, String md5, String pdq, List<String> flags, boolean hashListMatch,
		List<String> duplicateOfReportIds) {

	public SecuredEvidence {
		flags = (flags != null) ? List.copyOf(flags) : List.of();
		duplicateOfReportIds = (duplicateOfReportIds != null) ? List.copyOf(duplicateOfReportIds) : List.of();
	}

}
