package org.iblagh.intake.abuse;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a client address into a key for abuse limits without keeping the address: an HMAC
 * under a random key that lives only in memory and is replaced every period. After a
 * rotation nobody, not even this process, can link a key to an address or to the keys of
 * the previous period.
 */
public final class ClientKeys {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Duration rotation;

	private final Clock clock;

	private volatile Generation current;

	public ClientKeys(Duration rotation, Clock clock) {
		this.rotation = rotation;
		this.clock = clock;
		this.current = newGeneration();
	}

	/** The key of an address in the current period. */
	public String keyOf(String address) {
		Generation generation = generation();
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(generation.secret(), "HmacSHA256"));
			byte[] digest = mac.doFinal(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
			return generation.number() + ":" + HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Increases each time the secret is replaced; limits keyed by an older one are
	 * dropped.
	 */
	public long generationNumber() {
		return generation().number();
	}

	private Generation generation() {
		Generation generation = this.current;
		if (this.clock.instant().isAfter(generation.until())) {
			synchronized (this) {
				if (this.current == generation) {
					this.current = new Generation(generation.number() + 1, randomSecret(),
							this.clock.instant().plus(this.rotation));
				}
				generation = this.current;
			}
		}
		return generation;
	}

	private Generation newGeneration() {
		return new Generation(0, randomSecret(), this.clock.instant().plus(this.rotation));
	}

	private static byte[] randomSecret() {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		return secret;
	}

	private record Generation(long number, byte[] secret, Instant until) {
	}

}
