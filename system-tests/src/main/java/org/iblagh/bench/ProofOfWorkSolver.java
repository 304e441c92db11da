package org.iblagh.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The client's side of intake's proof of work, as the portal's Web Worker does it: a
 * nonce such that SHA-256(prefix + nonce) starts with {@code difficulty} zero bits.
 */
public final class ProofOfWorkSolver {

	private ProofOfWorkSolver() {
	}

	/** The first nonce that meets the difficulty. */
	public static long solve(String prefix, int difficulty) {
		for (long nonce = 0;; nonce++) {
			if (meets(prefix, nonce, difficulty)) {
				return nonce;
			}
		}
	}

	public static boolean meets(String prefix, long nonce, int difficulty) {
		return leadingZeroBits(sha256((prefix + nonce).getBytes(StandardCharsets.UTF_8))) >= difficulty;
	}

	private static int leadingZeroBits(byte[] hash) {
		int bits = 0;
		for (byte b : hash) {
			if (b != 0) {
				return bits + Integer.numberOfLeadingZeros(b & 0xff) - 24;
			}
			bits += 8;
		}
		return bits;
	}

	private static byte[] sha256(byte[] value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
