package org.iblagh.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Iblagh-Signature} header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256>}
 * over {@code <timestamp>.<body>}. Signing the timestamp with the body lets a receiver
 * reject a replayed delivery by its age.
 */
public final class WebhookSignature {

	public static final String HEADER = "X-Iblagh-Signature";

	private WebhookSignature() {
	}

	public static String sign(String secret, long timestamp, byte[] body) {
		return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(mac(secret, timestamp, body));
	}

	/**
	 * Checks a header against the body, in constant time.
	 */
	public static boolean verify(String secret, String header, byte[] body) {
		if (header == null) {
			return false;
		}
		Long timestamp = null;
		String signature = null;
		for (String part : header.split(",")) {
			String[] kv = part.trim().split("=", 2);
			if (kv.length == 2 && kv[0].equals("t")) {
				try {
					timestamp = Long.parseLong(kv[1]);
				}
				catch (NumberFormatException ex) {
					return false;
				}
			}
			else if (kv.length == 2 && kv[0].equals("v1")) {
				signature = kv[1];
			}
		}
		if (timestamp == null || signature == null) {
			return false;
		}
		byte[] expected = HexFormat.of().formatHex(mac(secret, timestamp, body)).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
	}

	private static byte[] mac(String secret, long timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
