package org.iblagh.intake.receipt;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Receipts are 16 random digits shown once to the reporter. Only an HMAC-SHA-256 of a
 * receipt under a secret key is stored: an indexed look-up finds the report, and a stolen
 * database does not reveal receipts (a plain fast hash of 16 digits could be
 * brute-forced; the key cannot).
 */
public final class ReceiptIssuer {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final byte[] key;

	public ReceiptIssuer(String key) {
		this.key = key.getBytes(StandardCharsets.UTF_8);
	}

	public String newReceipt() {
		StringBuilder digits = new StringBuilder(16);
		for (int i = 0; i < 16; i++) {
			digits.append((char) ('0' + RANDOM.nextInt(10)));
		}
		return digits.toString();
	}

	public static boolean isWellFormed(String receipt) {
		return receipt != null && receipt.length() == 16 && receipt.chars().allMatch((c) -> c >= '0' && c <= '9');
	}

	public String hash(String receipt) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(("receipt:" + receipt).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
