package org.iblagh.intake.storage;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Streams an uploaded file into the quarantine bucket, computing its SHA-256 on the way,
 * so a file is never held whole in memory.
 */
@Component
public class QuarantineStore {

	private static final Logger log = LoggerFactory.getLogger(QuarantineStore.class);

	/** The smallest part S3 multipart uploads accept; bounds the memory per upload. */
	private static final long PART_SIZE = 5L * 1024 * 1024;

	private final MinioClient minio;

	private final S3Properties properties;

	QuarantineStore(MinioClient minio, S3Properties properties) {
		this.minio = minio;
		this.properties = properties;
	}

	public String bucket() {
		return this.properties.quarantineBucket();
	}

	/**
	 * @return the SHA-256 (lowercase hex) and the number of bytes stored
	 */
	public StoredObject put(String objectKey, InputStream content, long declaredSize, String mediaType)
			throws IOException {
		MessageDigest sha256 = sha256();
		CountingInputStream counting = new CountingInputStream(new DigestInputStream(content, sha256));
		try {
			this.minio.putObject(PutObjectArgs.builder()
				.bucket(bucket())
				.object(objectKey)
				.stream(counting, declaredSize >= 0 ? declaredSize : -1, PART_SIZE)
				.contentType((mediaType != null) ? mediaType : "application/octet-stream")
				.build());
		}
		catch (IOException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IOException("Could not store evidence in quarantine", ex);
		}
		return new StoredObject(bucket(), objectKey, HexFormat.of().formatHex(sha256.digest()), counting.count());
	}

	/** Best effort: a failed submission must leave no orphan object. */
	public void delete(String objectKey) {
		try {
			this.minio.removeObject(RemoveObjectArgs.builder().bucket(bucket()).object(objectKey).build());
		}
		catch (Exception ex) {
			log.warn("Could not remove quarantine object {}: {}", objectKey, ex.toString());
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public record StoredObject(String bucket, String objectKey, String sha256, long size) {
	}

	private static final class CountingInputStream extends java.io.FilterInputStream {

		private long count;

		CountingInputStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				this.count++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int off, int len) throws IOException {
			int n = super.read(buffer, off, len);
			if (n > 0) {
				this.count += n;
			}
			return n;
		}

		long count() {
			return this.count;
		}

	}

}
