package org.iblagh.triage.cluster.domain;

/**
 * PDQ perceptual hashes: 256 bits in 64 hex digits.
 */
public final class Pdq {

	private Pdq() {
	}

	public static boolean isValid(String hex) {
		return hex != null && hex.length() == 64 && hex.chars().allMatch((c) -> Character.digit(c, 16) >= 0);
	}

	/**
	 * The number of differing bits between two valid hashes.
	 */
	public static int distance(String a, String b) {
		int bits = 0;
		for (int i = 0; i < 64; i += 16) {
			long x = Long.parseUnsignedLong(a.substring(i, i + 16), 16);
			long y = Long.parseUnsignedLong(b.substring(i, i + 16), 16);
			bits += Long.bitCount(x ^ y);
		}
		return bits;
	}

}
