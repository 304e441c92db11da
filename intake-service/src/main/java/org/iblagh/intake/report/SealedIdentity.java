package org.iblagh.intake.report;

/**
 * An identified reporter's contact as stored: every personal field sealed (AEAD, bound to
 * the report and the field); only the opaque reference, the e-mail opt-in and the
 * preferred language stay readable.
 *
 * @param statusEmails whether the reporter asked for status e-mails
 * @param language language of those e-mails
 */
public record SealedIdentity(String reporterRef, String fullName, String nationalId, String phone, String email,
		String city, boolean statusEmails, String language) {
}
