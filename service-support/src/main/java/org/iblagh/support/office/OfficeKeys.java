package org.iblagh.support.office;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An office's API key is derived from a secret that notification-service and
 * evidence-service both hold ({@code iblagh.offices.key-secret}), so either can check a
 * key without sharing a database and no key is ever stored in clear. Rotating the secret
 * rotates every key.
 */
public final class OfficeKeys {

	private final byte[] secret;

	public OfficeKeys(String secret) {
		if (secret == null || secret.length() < 16) {
			throw new IllegalArgumentException("iblagh.offices.key-secret must be at least 16 characters");
		}
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
	}

	/** The key to hand to an office. */
	public String keyFor(String officeId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			byte[] digest = mac.doFinal(("office-key:" + officeId).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Constant-time check of a presented key. */
	public boolean matches(String officeId, String presentedKey) {
		if (officeId == null || presentedKey == null) {
			return false;
		}
		return MessageDigest.isEqual(keyFor(officeId).getBytes(StandardCharsets.UTF_8),
				presentedKey.getBytes(StandardCharsets.UTF_8));
	}

}
