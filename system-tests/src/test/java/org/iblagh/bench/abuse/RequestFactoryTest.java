package org.iblagh.bench.abuse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestFactoryTest {

	/**
	 * A forged proof must never meet the difficulty: with 8 bits, the next nonce of a
	 * solved proof meets it for 1 challenge in 256, which once made a hostile submission
	 * a valid one (AbuseIT, HOSTILE_REQUEST_ACCEPTED).
	 */
	@Test
	void aForgedNonceNeverMeetsTheDifficulty() {
		int nextNonceWouldPass = 0;
		// until three challenges whose next nonce meets the difficulty (the case the fix
		// is for) have been seen, each forged proof checked on the way
		for (int i = 0; nextNonceWouldPass < 3 && i < 50_000; i++) {
			String prefix = "prefix" + i;
			long solved = solve(prefix, 8);
			String challenge = "v1.1900000000.8." + prefix + ".signature";
			if (RequestFactory.leadingZeroBits(sha256(prefix + (solved + 1))) >= 8) {
				nextNonceWouldPass++;
			}
			String forged = RequestFactory.unsolved(challenge + ":" + solved);
			assertThat(forged).startsWith(challenge + ":");
			long nonce = Long.parseLong(forged.substring(forged.lastIndexOf(':') + 1));
			assertThat(nonce).isGreaterThan(solved);
			assertThat(RequestFactory.leadingZeroBits(sha256(prefix + nonce))).isLessThan(8);
		}
		assertThat(nextNonceWouldPass).isEqualTo(3);
	}

	private static long solve(String prefix, int difficulty) {
		for (long nonce = 0;; nonce++) {
			if (RequestFactory.leadingZeroBits(sha256(prefix + nonce)) >= difficulty) {
				return nonce;
			}
		}
	}

	private static byte[] sha256(String value) {
		try {
			return java.security.MessageDigest.getInstance("SHA-256")
				.digest(value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
