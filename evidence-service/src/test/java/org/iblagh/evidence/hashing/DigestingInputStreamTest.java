package org.iblagh.evidence.hashing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DigestingInputStreamTest {

	@Test
	void knownVectors() throws Exception {
		Digests digests = DigestingInputStream.of(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)));
		assertThat(digests.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(digests.md5()).isEqualTo("900150983cd24fb0d6963f7d28e17f72");
		assertThat(digests.size()).isEqualTo(3);
	}

	@Test
	void hashesWhatTheConsumerReadsPlusTheRestAndNeverSkipsBytes() throws Exception {
		byte[] data = new byte[300_000];
		new java.util.Random(1).nextBytes(data);
		DigestingInputStream in = new DigestingInputStream(new ByteArrayInputStream(data));
		in.readNBytes(1000);
		in.skip(5000);
		in.read();
		Digests digests = in.finish();
		assertThat(digests).isEqualTo(DigestingInputStream.of(new ByteArrayInputStream(data)));
		assertThat(digests.size()).isEqualTo(data.length);
		assertThat(in.finish()).isEqualTo(digests);
	}

	@Test
	void streamsAFileLargerThanTheHeapWouldLikeWithoutHoldingIt() throws Exception {
		long size = 64L * 1024 * 1024;
		InputStream endless = new InputStream() {
			long left = size;

			@Override
			public int read() {
				return (this.left-- > 0) ? 7 : -1;
			}

			@Override
			public int read(byte[] b, int off, int len) {
				if (this.left <= 0) {
					return -1;
				}
				int n = (int) Math.min(len, this.left);
				java.util.Arrays.fill(b, off, off + n, (byte) 7);
				this.left -= n;
				return n;
			}
		};
		assertThat(DigestingInputStream.of(endless).size()).isEqualTo(size);
	}

}
