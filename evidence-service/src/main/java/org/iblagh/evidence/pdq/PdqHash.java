package org.iblagh.evidence.pdq;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A 256-bit PDQ perceptual hash. Hex form follows the reference implementation: 64 hex
 * digits, the sixteen 16-bit words printed from the last to the first.
 */
public final class PdqHash {

	/** Facebook's recommended match threshold: at most this many differing bits. */
	public static final int MATCH_THRESHOLD = 31;

	private final int[] words;

	PdqHash(int[] words) {
		if (words.length != 16) {
			throw new IllegalArgumentException("A PDQ hash has 16 words");
		}
		this.words = words.clone();
	}

	public static PdqHash fromHex(String hex) {
		if (hex == null || hex.length() != 64) {
			throw new IllegalArgumentException("A PDQ hash is 64 hex digits");
		}
		byte[] bytes = HexFormat.of().parseHex(hex);
		int[] words = new int[16];
		for (int i = 0; i < 16; i++) {
			int b = (15 - i) * 2;
			words[i] = ((bytes[b] & 0xff) << 8) | (bytes[b + 1] & 0xff);
		}
		return new PdqHash(words);
	}

	boolean bit(int index) {
		return ((this.words[index >> 4] >> (index & 15)) & 1) != 0;
	}

	public int hammingDistance(PdqHash other) {
		int distance = 0;
		for (int i = 0; i < 16; i++) {
			distance += Integer.bitCount(this.words[i] ^ other.words[i]);
		}
		return distance;
	}

	public boolean isNear(PdqHash other, int threshold) {
		return hammingDistance(other) <= threshold;
	}

	public String toHex() {
		StringBuilder hex = new StringBuilder(64);
		for (int i = 15; i >= 0; i--) {
			hex.append(String.format("%04x", this.words[i]));
		}
		return hex.toString();
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof PdqHash that) && Arrays.equals(this.words, that.words);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.words);
	}

	@Override
	public String toString() {
		return toHex();
	}

}
