package org.iblagh.evidence.storage;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.core.functions.CheckedSupplier;
import io.github.resilience4j.retry.Retry;
import io.minio.GetObjectArgs;
import io.minio.GetObjectLockConfigurationArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.errors.ErrorResponseException;
import io.minio.messages.Retention;
import io.minio.messages.RetentionMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The evidence buckets behind retries and a circuit breaker, with the write-once rule
 * enforced here too: where the server has S3 object lock (MinIO) objects are written with
 * a retention period; where it has not (the embedded S3Proxy) this class is the only
 * writer and refuses to overwrite an object or delete one before its time.
 */
public class EvidenceStore {

	private static final Logger log = LoggerFactory.getLogger(EvidenceStore.class);

	/** S3's smallest multipart part: bounds the memory of one upload. */
	private static final long PART_SIZE = 5L * 1024 * 1024;

	private final MinioClient minio;

	private final S3Properties properties;

	private final CircuitBreaker circuitBreaker;

	private final Retry retry;

	private final Clock clock;

	private volatile Boolean objectLock;

	public EvidenceStore(MinioClient minio, S3Properties properties, CircuitBreaker circuitBreaker, Retry retry,
			Clock clock) {
		this.minio = minio;
		this.properties = properties;
		this.circuitBreaker = circuitBreaker;
		this.retry = retry;
		this.clock = clock;
	}

	public String evidenceBucket() {
		return this.properties.evidenceBucket();
	}

	public String derivedBucket() {
		return this.properties.derivedBucket();
	}

	/** Whether the evidence bucket enforces object lock itself (checked once). */
	public boolean serverEnforcesObjectLock() {
		Boolean known = this.objectLock;
		if (known == null) {
			try {
				known = this.minio.getObjectLockConfiguration(
						GetObjectLockConfigurationArgs.builder().bucket(evidenceBucket()).build()) != null;
			}
			catch (Exception ex) {
				// S3Proxy answers NotImplemented, MinIO without lock
				// "ObjectLockConfigurationNotFoundError"
				known = false;
			}
			this.objectLock = known;
			log.info("Evidence bucket object lock enforced by the server: {}", known);
		}
		return known;
	}

	public Optional<ObjectInfo> stat(String bucket, String key) {
		return call(() -> {
			try {
				StatObjectResponse stat = this.minio
					.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build());
				return Optional.of(new ObjectInfo(bucket, key, stat.size()));
			}
			catch (ErrorResponseException ex) {
				if (isNotFound(ex)) {
					return Optional.empty();
				}
				throw ex;
			}
		});
	}

	/** Opens an object for reading; the caller closes the stream. */
	public InputStream open(String bucket, String key) {
		return call(() -> this.minio.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build()));
	}

	/**
	 * Stores evidence write-once. The stream is read exactly once; the caller retries the
	 * whole copy with a new stream if this fails.
	 * @param retainUntil the object-lock retention where the server supports it
	 */
	public void putEvidenceOnce(String key, InputStream content, long size, String mediaType, Instant retainUntil) {
		if (stat(evidenceBucket(), key).isPresent()) {
			throw new WriteOnceViolationException("Evidence object already stored: " + key);
		}
		boolean lock = serverEnforcesObjectLock();
		guarded(() -> {
			PutObjectArgs.Builder args = PutObjectArgs.builder()
				.bucket(evidenceBucket())
				.object(key)
				.stream(content, size, PART_SIZE)
				.contentType((mediaType != null) ? mediaType : "application/octet-stream");
			if (lock) {
				args.retention(
						new Retention(RetentionMode.COMPLIANCE, ZonedDateTime.ofInstant(retainUntil, ZoneOffset.UTC)));
			}
			this.minio.putObject(args.build());
			return null;
		});
	}

	/**
	 * Derived files (thumbnails, blurred previews) may be rewritten: they are not
	 * evidence.
	 */
	public void putDerived(String key, byte[] content, String mediaType) {
		call(() -> {
			this.minio.putObject(PutObjectArgs.builder()
				.bucket(derivedBucket())
				.object(key)
				.stream(new java.io.ByteArrayInputStream(content), content.length, -1)
				.contentType(mediaType)
				.build());
			return null;
		});
	}

	/**
	 * Removes a quarantine copy once the evidence is secured. Never for the evidence
	 * bucket.
	 */
	public void removeQuarantine(String bucket, String key) {
		if (bucket.equals(evidenceBucket())) {
			throw new WriteOnceViolationException("The quarantine bucket cannot be the evidence bucket");
		}
		call(() -> {
			this.minio.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).build());
			return null;
		});
	}

	/**
	 * Deletes evidence at the end of its retention; refuses before {@code allowedFrom}.
	 */
	public void deleteEvidence(String key, Instant allowedFrom) {
		if (allowedFrom == null || this.clock.instant().isBefore(allowedFrom)) {
			throw new WriteOnceViolationException("Evidence " + key + " is retained until " + allowedFrom);
		}
		call(() -> {
			this.minio.removeObject(RemoveObjectArgs.builder().bucket(evidenceBucket()).object(key).build());
			return null;
		});
	}

	public void deleteDerived(String key) {
		call(() -> {
			this.minio.removeObject(RemoveObjectArgs.builder().bucket(derivedBucket()).object(key).build());
			return null;
		});
	}

	/** Retried and circuit-broken S3 call. */
	<T> T call(CheckedSupplier<T> operation) {
		return guarded(Retry.decorateCheckedSupplier(this.retry, operation));
	}

	private <T> T guarded(CheckedSupplier<T> operation) {
		try {
			return CircuitBreaker.decorateCheckedSupplier(this.circuitBreaker, operation).get();
		}
		catch (CallNotPermittedException ex) {
			throw new StorageUnavailableException("Object storage circuit is open", ex);
		}
		catch (WriteOnceViolationException | StorageUnavailableException ex) {
			throw ex;
		}
		catch (ErrorResponseException ex) {
			throw new IllegalStateException("Object storage refused: " + ex.errorResponse().code(), ex);
		}
		catch (IOException | io.minio.errors.ServerException | io.minio.errors.InternalException ex) {
			throw new StorageUnavailableException("Object storage unreachable: " + ex.getClass().getSimpleName(), ex);
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new IllegalStateException("Object storage call failed", ex);
		}
	}

	private static boolean isNotFound(ErrorResponseException ex) {
		String code = ex.errorResponse().code();
		return "NoSuchKey".equals(code) || "NoSuchObject".equals(code) || "NotFound".equals(code)
				|| (ex.response() != null && ex.response().code() == 404);
	}

}
