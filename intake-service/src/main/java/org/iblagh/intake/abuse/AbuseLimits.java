package org.iblagh.intake.abuse;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Per-client token buckets for submissions and wrong receipts, keyed by
 * {@link ClientKeys} (never by an address). The buckets live in memory only and are
 * dropped when the key rotates, which also bounds their number.
 */
public final class AbuseLimits {

	/** Past this many clients in one period the maps are reset: memory stays bounded. */
	private static final int MAX_CLIENTS = 200_000;

	private final ClientKeys keys;

	private final int submissionsPerMinute;

	private final int wrongReceiptsPerMinute;

	private final Map<String, Bucket> submissions = new ConcurrentHashMap<>();

	private final Map<String, Bucket> wrongReceipts = new ConcurrentHashMap<>();

	private volatile long generation;

	public AbuseLimits(ClientKeys keys, int submissionsPerMinute, int wrongReceiptsPerMinute) {
		if (submissionsPerMinute < 1 || wrongReceiptsPerMinute < 1) {
			throw new IllegalArgumentException("Abuse limits must allow at least one request a minute");
		}
		this.keys = keys;
		this.submissionsPerMinute = submissionsPerMinute;
		this.wrongReceiptsPerMinute = wrongReceiptsPerMinute;
	}

	/**
	 * Counts one submission (report or follow-up message) of a client.
	 * @throws LimitExceededException when the client is over its limit
	 */
	public void countSubmission(String address) {
		Bucket bucket = bucket(this.submissions, address, this.submissionsPerMinute);
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			throw new LimitExceededException("SUBMISSIONS", seconds(probe.getNanosToWaitForRefill()));
		}
	}

	/**
	 * Refuses a receipt look-up while the client has used up its wrong guesses.
	 * @throws LimitExceededException when it has
	 */
	public void checkReceiptGuesses(String address) {
		Bucket bucket = bucket(this.wrongReceipts, address, this.wrongReceiptsPerMinute);
		if (bucket.getAvailableTokens() < 1) {
			throw new LimitExceededException("RECEIPT_GUESSES",
					seconds(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
		}
	}

	/** Counts a malformed or unknown receipt against the client. */
	public void countWrongReceipt(String address) {
		bucket(this.wrongReceipts, address, this.wrongReceiptsPerMinute).tryConsume(1);
	}

	private Bucket bucket(Map<String, Bucket> buckets, String address, int perMinute) {
		String key = this.keys.keyOf(address);
		long current = this.keys.generationNumber();
		if (current != this.generation || buckets.size() > MAX_CLIENTS) {
			synchronized (this) {
				if (current != this.generation) {
					this.submissions.clear();
					this.wrongReceipts.clear();
					this.generation = current;
				}
				else if (buckets.size() > MAX_CLIENTS) {
					buckets.clear();
				}
			}
		}
		return buckets.computeIfAbsent(key, (k) -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
			.build());
	}

	private static long seconds(long nanos) {
		return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
	}

	/** A client went over a limit; retry after the given number of seconds. */
	public static final class LimitExceededException extends RuntimeException {

		private final String limit;

		private final long retryAfterSeconds;

		LimitExceededException(String limit, long retryAfterSeconds) {
			super("Limit " + limit + " exceeded");
			this.limit = limit;
			this.retryAfterSeconds = retryAfterSeconds;
		}

		public String limit() {
			return this.limit;
		}

		public long retryAfterSeconds() {
			return this.retryAfterSeconds;
		}

	}

}
