package org.iblagh.evidence.pdq;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PdqBandsTest {

	private final Random random = new Random(20261129);

	@Test
	void aHashHasThirtyTwoKeysOneByteEach() {
		List<String> keys = PdqBands.of("0123456789abcdef".repeat(4));
		assertThat(keys).hasSize(32);
		assertThat(keys.get(0)).isEqualTo("0:01");
		assertThat(keys.get(31)).isEqualTo("31:ef");
	}

	@Test
	void everyHashWithinThirtyOneBitsSharesAKey() {
		for (int trial = 0; trial < 2000; trial++) {
			PdqHash hash = randomHash();
			int flips = this.random.nextInt(32);
			PdqHash near = flipped(hash, flips);
			assertThat(hash.hammingDistance(near)).isEqualTo(flips);
			assertThat(shareAKey(hash, near)).as("%d bits apart", flips).isTrue();
		}
		assertThat(PdqBands.findsAllWithin(PdqHash.MATCH_THRESHOLD)).isTrue();
	}

	@Test
	void thirtyTwoBitsOneInEachBandShareNoKeySoLargerThresholdsNeedTheScan() {
		PdqHash hash = randomHash();
		StringBuilder hex = new StringBuilder(hash.toHex());
		for (int band = 0; band < 32; band++) {
			int at = 2 * band + 1;
			hex.setCharAt(at, Character.forDigit(Character.digit(hex.charAt(at), 16) ^ 1, 16));
		}
		PdqHash far = PdqHash.fromHex(hex.toString());
		assertThat(hash.hammingDistance(far)).isEqualTo(32);
		assertThat(shareAKey(hash, far)).isFalse();
		assertThat(PdqBands.findsAllWithin(32)).isFalse();
	}

	private boolean shareAKey(PdqHash a, PdqHash b) {
		Set<String> keys = new HashSet<>(PdqBands.of(a.toHex()));
		keys.retainAll(PdqBands.of(b.toHex()));
		return !keys.isEmpty();
	}

	private PdqHash randomHash() {
		int[] words = new int[16];
		for (int i = 0; i < 16; i++) {
			words[i] = this.random.nextInt(1 << 16);
		}
		return new PdqHash(words);
	}

	private PdqHash flipped(PdqHash hash, int bits) {
		int[] words = new int[16];
		for (int i = 0; i < 256; i++) {
			if (hash.bit(i)) {
				words[i >> 4] |= 1 << (i & 15);
			}
		}
		Set<Integer> chosen = new HashSet<>();
		while (chosen.size() < bits) {
			chosen.add(this.random.nextInt(256));
		}
		for (int i : chosen) {
			words[i >> 4] ^= 1 << (i & 15);
		}
		return new PdqHash(words);
	}

}
