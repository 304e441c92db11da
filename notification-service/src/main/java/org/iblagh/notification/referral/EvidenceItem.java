package org.iblagh.notification.referral;

/**
 * One line of a referral's evidence manifest: enough to check the exported file, never
 * its content.
 */
public record EvidenceItem(String evidenceId, String fileName, String mediaType, long size, String sha256, String md5) {
}
