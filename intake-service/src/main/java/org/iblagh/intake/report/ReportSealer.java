package org.iblagh.intake.report;

import org.iblagh.intake.crypto.FieldCipher;

/**
 * Seals and opens the sensitive fields of a report. The context of each field names the
 * report and the field, so values cannot be swapped between reports or fields.
 */
public final class ReportSealer {

	private final FieldCipher cipher;

	public ReportSealer(FieldCipher cipher) {
		this.cipher = cipher;
	}

	public SealedIdentity seal(String reportId, ReporterIdentity identity, boolean statusEmails, String language) {
		String at = reportId + "/identity/";
		return new SealedIdentity(identity.reporterRef(), this.cipher.seal(identity.fullName(), at + "fullName"),
				this.cipher.seal(identity.nationalId(), at + "nationalId"),
				this.cipher.seal(identity.phone(), at + "phone"), this.cipher.seal(identity.email(), at + "email"),
				this.cipher.seal(identity.city(), at + "city"), statusEmails, language);
	}

	public ReporterIdentity open(String reportId, SealedIdentity sealed) {
		String at = reportId + "/identity/";
		return new ReporterIdentity(sealed.reporterRef(), this.cipher.open(sealed.fullName(), at + "fullName"),
				this.cipher.open(sealed.nationalId(), at + "nationalId"),
				this.cipher.open(sealed.phone(), at + "phone"), this.cipher.open(sealed.email(), at + "email"),
				this.cipher.open(sealed.city(), at + "city"));
	}

	public String sealDescription(String reportId, String description) {
		return this.cipher.seal(description, reportId + "/description");
	}

	public String openDescription(String reportId, String sealed) {
		return this.cipher.open(sealed, reportId + "/description");
	}

	public String sealMessage(String reportId, String messageId, String text) {
		return this.cipher.seal(text, reportId + "/message/" + messageId);
	}

	public String openMessage(String reportId, String messageId, String sealed) {
		return this.cipher.open(sealed, reportId + "/message/" + messageId);
	}

}
