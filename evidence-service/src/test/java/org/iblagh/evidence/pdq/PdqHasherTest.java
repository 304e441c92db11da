package org.iblagh.evidence.pdq;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PdqHasherTest {

	private final PdqHasher hasher = new PdqHasher();

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5 })
	void sameOriginalIsStillNearAfterResizeReencodeAndSlightCrop(long seed) {
		BufferedImage original = PictureFixture.picture(seed, 800, 600);
		PdqHash hash = this.hasher.hash(original).hash();

		PdqHash resized = this.hasher.hash(PictureFixture.resized(original, 0.4)).hash();
		PdqHash enlarged = this.hasher.hash(PictureFixture.resized(original, 1.7)).hash();
		PdqHash reencoded = this.hasher.hash(PictureFixture.decode(PictureFixture.jpeg(original, 0.6f))).hash();
		PdqHash cropped = this.hasher.hash(PictureFixture.cropped(original, 0.01)).hash();

		assertThat(hash.hammingDistance(resized)).isLessThanOrEqualTo(PdqHash.MATCH_THRESHOLD);
		assertThat(hash.hammingDistance(enlarged)).isLessThanOrEqualTo(PdqHash.MATCH_THRESHOLD);
		assertThat(hash.hammingDistance(reencoded)).isLessThanOrEqualTo(PdqHash.MATCH_THRESHOLD);
		assertThat(hash.hammingDistance(cropped)).isLessThanOrEqualTo(PdqHash.MATCH_THRESHOLD);
	}

	@Test
	void unrelatedPicturesAreFarApart() {
		List<PdqHash> hashes = new ArrayList<>();
		for (long seed = 10; seed < 20; seed++) {
			hashes.add(this.hasher.hash(PictureFixture.picture(seed, 640, 480)).hash());
		}
		for (int i = 0; i < hashes.size(); i++) {
			for (int j = i + 1; j < hashes.size(); j++) {
				assertThat(hashes.get(i).hammingDistance(hashes.get(j))).as("pictures %d and %d", i, j)
					.isGreaterThan(PdqHash.MATCH_THRESHOLD);
			}
		}
	}

	@Test
	void aTransformedCopyIsNearerToItsOriginalThanToAnyOtherPicture() {
		BufferedImage original = PictureFixture.picture(42, 900, 700);
		PdqHash copy = this.hasher
			.hash(PictureFixture.decode(PictureFixture.jpeg(PictureFixture.resized(original, 0.5), 0.7f)))
			.hash();
		int toOriginal = this.hasher.hash(original).hash().hammingDistance(copy);
		for (long seed = 43; seed < 48; seed++) {
			int toOther = this.hasher.hash(PictureFixture.picture(seed, 900, 700)).hash().hammingDistance(copy);
			assertThat(toOriginal).isLessThan(toOther);
		}
	}

	@Test
	void hexRoundTripsAndHasHalfTheBitsSet() {
		PdqResult result = this.hasher.hash(PictureFixture.picture(7, 400, 300));
		String hex = result.hash().toHex();
		assertThat(hex).matches("[0-9a-f]{64}");
		assertThat(PdqHash.fromHex(hex)).isEqualTo(result.hash());
		int bits = 0;
		for (int i = 0; i < 256; i++) {
			bits += result.hash().bit(i) ? 1 : 0;
		}
		// bits are set above the median of the 256 coefficients
		assertThat(bits).isEqualTo(128);
		assertThat(result.quality()).isGreaterThan(50);
	}

	@Test
	void aFlatPictureHasLowQuality() {
		BufferedImage flat = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
		assertThat(this.hasher.hash(flat).quality()).isZero();
	}

	@Test
	void subsampledDecodingOfALargeJpegStaysNearTheFullDecode() throws Exception {
		BufferedImage original = PictureFixture.picture(99, 2400, 1800);
		byte[] jpeg = PictureFixture.jpeg(original, 0.85f);
		PdqImageReader.DecodedImage decoded = new PdqImageReader().read(new ByteArrayInputStream(jpeg));
		assertThat(decoded.width()).isEqualTo(2400);
		assertThat(decoded.image().getWidth()).isLessThan(2400);
		int distance = this.hasher.hash(decoded.image()).hash().hammingDistance(this.hasher.hash(original).hash());
		assertThat(distance).isLessThanOrEqualTo(PdqHash.MATCH_THRESHOLD);
	}

	@Test
	void corruptPicturesAreReportedNotSwallowed() {
		byte[] jpeg = PictureFixture.jpeg(PictureFixture.picture(5, 300, 200), 0.8f);
		byte[] truncated = java.util.Arrays.copyOf(jpeg, 200);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> new PdqImageReader().read(new ByteArrayInputStream(truncated)))
			.isInstanceOf(java.io.IOException.class);
	}

	@Test
	void hammingDistanceCountsDifferingBits() {
		PdqHash zero = PdqHash.fromHex("0".repeat(64));
		PdqHash some = PdqHash.fromHex("f".repeat(4) + "0".repeat(59) + "1");
		assertThat(zero.hammingDistance(some)).isEqualTo(17);
		assertThat(some.hammingDistance(some)).isZero();
	}

}
