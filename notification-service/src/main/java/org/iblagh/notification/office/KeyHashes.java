package org.iblagh.notification.office;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stored form of an office key. Office keys are 256-bit HMAC outputs, so a plain
 * SHA-256 is as strong as a slow password hash against guessing, and it lets an
 * {@code X-Api-Key} (a key with no office id) be looked up by its hash.
 */
public final class KeyHashes {

	private KeyHashes() {
	}

	public static String hash(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
