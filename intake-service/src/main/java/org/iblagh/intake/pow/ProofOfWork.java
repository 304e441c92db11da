package org.iblagh.intake.pow;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stateless proof-of-work challenges: the challenge id is signed and carries its own
 * expiry and difficulty, so issuing one writes nothing. Single use is enforced where the
 * report is stored (a unique index on the challenge), with no extra write.
 */
public final class ProofOfWork {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final byte[] key;

	private final int difficulty;

	private final Duration ttl;

	private final Clock clock;

	public ProofOfWork(String key, int difficulty, Duration ttl, Clock clock) {
		this.key = key.getBytes(StandardCharsets.UTF_8);
		this.difficulty = difficulty;
		this.ttl = ttl;
		this.clock = clock;
	}

	public Challenge issue() {
		byte[] random = new byte[16];
		RANDOM.nextBytes(random);
		String prefix = HexFormat.of().formatHex(random);
		long expires = this.clock.instant().plus(this.ttl).getEpochSecond();
		String body = "v1." + expires + "." + this.difficulty + "." + prefix;
		return new Challenge(body + "." + sign(body), prefix, this.difficulty);
	}

	/**
	 * Checks a header value {@code <id>:<nonce>}.
	 * @return the challenge id, to be recorded as used
	 * @throws InvalidProofException with a machine-readable reason
	 */
	public String verify(String header) {
		if (header == null || header.isBlank()) {
			throw new InvalidProofException("POW_MISSING", "The X-Proof-Of-Work header is required.");
		}
		int colon = header.lastIndexOf(':');
		if (colon <= 0 || colon == header.length() - 1 || header.length() > 400) {
			throw new InvalidProofException("POW_MALFORMED", "X-Proof-Of-Work must be <challengeId>:<nonce>.");
		}
		String id = header.substring(0, colon);
		String nonce = header.substring(colon + 1);
		if (nonce.length() > 20 || !nonce.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			throw new InvalidProofException("POW_MALFORMED", "The nonce must be a decimal string.");
		}
		String[] parts = id.split("\\.");
		if (parts.length != 5 || !"v1".equals(parts[0])) {
			throw new InvalidProofException("POW_UNKNOWN_CHALLENGE", "Unknown challenge.");
		}
		String body = String.join(".", parts[0], parts[1], parts[2], parts[3]);
		if (!MessageDigest.isEqual(sign(body).getBytes(StandardCharsets.US_ASCII),
				parts[4].getBytes(StandardCharsets.US_ASCII))) {
			throw new InvalidProofException("POW_UNKNOWN_CHALLENGE", "Unknown challenge.");
		}
		long expires;
		int required;
		try {
			expires = Long.parseLong(parts[1]);
			required = Integer.parseInt(parts[2]);
		}
		catch (NumberFormatException ex) {
			throw new InvalidProofException("POW_UNKNOWN_CHALLENGE", "Unknown challenge.");
		}
		if (this.clock.instant().getEpochSecond() > expires) {
			throw new InvalidProofException("POW_EXPIRED", "The challenge has expired; request a new one.");
		}
		if (leadingZeroBits(sha256(parts[3] + nonce)) < required) {
			throw new InvalidProofException("POW_INSUFFICIENT", "The proof of work does not meet the difficulty.");
		}
		return id;
	}

	/** What a client does: finds a nonce (used by tests and the load generator). */
	public static String solve(String prefix, int difficulty) {
		for (long nonce = 0;; nonce++) {
			if (leadingZeroBits(sha256(prefix + nonce)) >= difficulty) {
				return Long.toString(nonce);
			}
		}
	}

	static int leadingZeroBits(byte[] hash) {
		int bits = 0;
		for (byte b : hash) {
			if (b == 0) {
				bits += 8;
				continue;
			}
			bits += Integer.numberOfLeadingZeros(b & 0xff) - 24;
			break;
		}
		return bits;
	}

	private static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String sign(String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public record Challenge(String id, String prefix, int difficulty) {
	}

}
