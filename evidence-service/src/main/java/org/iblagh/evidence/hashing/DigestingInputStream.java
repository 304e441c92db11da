package org.iblagh.evidence.hashing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Computes SHA-256 and MD5 of everything read through it, in the same pass as whatever
 * consumes the stream (an upload, a copy), so a file of any size is hashed without ever
 * being held in memory. MD5 is kept only because many hash lists in this field use it.
 */
public final class DigestingInputStream extends FilterInputStream {

	private final MessageDigest sha256;

	private final MessageDigest md5;

	private long size;

	private Digests result;

	public DigestingInputStream(InputStream in) {
		super(in);
		try {
			this.sha256 = MessageDigest.getInstance("SHA-256");
			this.md5 = MessageDigest.getInstance("MD5");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256 and MD5", ex);
		}
	}

	@Override
	public int read() throws IOException {
		int b = this.in.read();
		if (b >= 0) {
			this.sha256.update((byte) b);
			this.md5.update((byte) b);
			this.size++;
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = this.in.read(buffer, offset, length);
		if (n > 0) {
			this.sha256.update(buffer, offset, n);
			this.md5.update(buffer, offset, n);
			this.size += n;
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		// skipping would leave bytes out of the hash: read them instead
		byte[] buffer = new byte[8192];
		long skipped = 0;
		while (skipped < n) {
			int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
			if (r < 0) {
				break;
			}
			skipped += r;
		}
		return skipped;
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	/** Reads what is left, then returns the digests of the whole stream. */
	public Digests finish() throws IOException {
		if (this.result == null) {
			byte[] buffer = new byte[64 * 1024];
			while (read(buffer, 0, buffer.length) >= 0) {
				// hashing the rest
			}
			HexFormat hex = HexFormat.of();
			this.result = new Digests(hex.formatHex(this.sha256.digest()), hex.formatHex(this.md5.digest()), this.size);
		}
		return this.result;
	}

	/** Digests of a whole stream, read to its end. */
	public static Digests of(InputStream in) throws IOException {
		return new DigestingInputStream(in).finish();
	}

}
