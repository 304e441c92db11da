package org.iblagh.intake.submission;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Opaque, unguessable identifiers.
 */
final class Ids {

	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private Ids() {
	}

	static String reportId() {
		return "R-" + random(12);
	}

	static String evidenceId() {
		return "E-" + random(12);
	}

	static String reporterRef() {
		return "RP-" + random(16);
	}

	static String eventId() {
		return UUID.randomUUID().toString();
	}

	private static String random(int length) {
		char[] chars = new char[length];
		for (int i = 0; i < length; i++) {
			chars[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
		}
		return new String(chars);
	}

}
