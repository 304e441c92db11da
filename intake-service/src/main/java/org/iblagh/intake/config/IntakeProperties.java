package org.iblagh.intake.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Intake settings ({@code iblagh.intake.*}). Secrets come from configuration; the local
 * profile carries clearly marked development values.
 *
 * @param receiptKey HMAC key under which receipts are stored (never the receipt itself)
 * @param powKey HMAC key that signs proof-of-work challenges
 * @param powDifficulty leading zero bits a proof of work needs (0 allowed locally)
 * @param powTtl how long a challenge stays valid
 * @param maxFileSize largest evidence file accepted
 * @param maxFiles most evidence files in one report
 * @param maxReportSize most evidence bytes in one report, late evidence included
 * @param keyset Tink AEAD keyset (JSON) sealing identity, descriptions and messages
 * @param dismissedRetention how long the personal data of a dismissed report is kept
 */
@ConfigurationProperties("iblagh.intake")
public record IntakeProperties(String receiptKey, String powKey, int powDifficulty, Duration powTtl, long maxFileSize,
		int maxFiles, long maxReportSize, String keyset, Duration dismissedRetention) {

	public IntakeProperties {
		if (receiptKey == null || receiptKey.length() < 16) {
			throw new IllegalArgumentException("iblagh.intake.receipt-key must be at least 16 characters");
		}
		if (powKey == null || powKey.length() < 16) {
			throw new IllegalArgumentException("iblagh.intake.pow-key must be at least 16 characters");
		}
		if (powDifficulty < 0 || powDifficulty > 32) {
			throw new IllegalArgumentException("iblagh.intake.pow-difficulty must be between 0 and 32");
		}
		powTtl = (powTtl != null) ? powTtl : Duration.ofMinutes(10);
		maxFileSize = (maxFileSize > 0) ? maxFileSize : 50L * 1024 * 1024;
		maxFiles = (maxFiles > 0) ? maxFiles : 10;
		maxReportSize = (maxReportSize > 0) ? maxReportSize : 200L * 1024 * 1024;
		dismissedRetention = (dismissedRetention != null) ? dismissedRetention : Duration.ofDays(90);
		if (keyset == null || keyset.isBlank()) {
			throw new IllegalArgumentException("iblagh.intake.keyset (a Tink AEAD keyset as JSON) is required");
		}
	}

}
