package org.iblagh.contracts;

/**
 * The evidence manifest entry that travels with a referral.
 */
public record ReferredEvidence(String evidenceId, String fileName, String mediaType, long size, String sha256,
		String md5) {
}
