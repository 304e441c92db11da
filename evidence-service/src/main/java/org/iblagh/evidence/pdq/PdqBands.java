package org.iblagh.evidence.pdq;

import java.util.ArrayList;
import java.util.List;

/**
 * Multi-index hashing of PDQ hashes, so near duplicates are found through an index
 * instead of by comparing every stored hash: a hash is cut into 32 bands of 8 bits, each
 * stored as a key ({@code "<band>:<two hex digits>"}). Two hashes at most 31 bits apart
 * differ in at most 31 bands, so they share at least one key: looking up the 32 keys of a
 * hash finds every stored hash within the match threshold, and the exact distance is then
 * checked on those few.
 */
public final class PdqBands {

	/** Bands per hash; a threshold below this is found exactly by the keys. */
	public static final int COUNT = 32;

	private PdqBands() {
	}

	/** The 32 band keys of a hash in hex (64 digits). */
	public static List<String> of(String pdqHex) {
		String hex = PdqHash.fromHex(pdqHex).toHex();
		List<String> keys = new ArrayList<>(COUNT);
		for (int band = 0; band < COUNT; band++) {
			keys.add(band + ":" + hex.substring(2 * band, 2 * band + 2));
		}
		return keys;
	}

	/** Whether the band keys find every hash within {@code threshold} bits. */
	public static boolean findsAllWithin(int threshold) {
		return threshold < COUNT;
	}

}
