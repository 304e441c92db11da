package org.iblagh.evidence.custody;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Builds and checks the hash chain of custody entries. Appending needs only the last
 * entry; checking recomputes every link from the first.
 */
public final class CustodyChain {

	/** The previous hash of the first entry. */
	public static final String GENESIS = "0".repeat(64);

	private CustodyChain() {
	}

	/**
	 * @param last the current last entry, or null for the first one
	 */
	public static CustodyEntry append(CustodyEntry last, String evidenceId, CustodyAction action, String actor,
			Instant at, String detail) {
		int sequence = (last != null) ? last.sequence() + 1 : 0;
		String previous = (last != null) ? last.hash() : GENESIS;
		// stored times have millisecond precision (BSON dates): hash what will be read
		// back
		Instant stored = Instant.ofEpochMilli(at.toEpochMilli());
		String hash = hashOf(evidenceId, sequence, action, actor, stored, detail, previous);
		return new CustodyEntry(evidenceId, sequence, action, actor, stored, detail, previous, hash);
	}

	/**
	 * @param entries the chain in sequence order
	 * @return the first entry whose link does not hold (wrong sequence, previous hash or
	 * own hash), or empty when the chain is intact
	 */
	public static Optional<CustodyEntry> firstBrokenLink(List<CustodyEntry> entries) {
		String previous = GENESIS;
		for (int i = 0; i < entries.size(); i++) {
			CustodyEntry entry = entries.get(i);
			String expected = hashOf(entry.evidenceId(), entry.sequence(), entry.action(), entry.actor(), entry.at(),
					entry.detail(), entry.previousHash());
			if (entry.sequence() != i || !previous.equals(entry.previousHash()) || !expected.equals(entry.hash())) {
				return Optional.of(entry);
			}
			previous = entry.hash();
		}
		return Optional.empty();
	}

	static String hashOf(String evidenceId, int sequence, CustodyAction action, String actor, Instant at, String detail,
			String previousHash) {
		// unit separators keep "a|b" + "c" apart from "a" + "b|c"
		String canonical = String.join("\u001f", evidenceId, Integer.toString(sequence),
				(action != null) ? action.name() : "", String.valueOf(actor),
				(at != null) ? DateTimeFormatter.ISO_INSTANT.format(at) : "", String.valueOf(detail),
				String.valueOf(previousHash));
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
