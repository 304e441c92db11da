package org.iblagh.evidence.custody;

import java.time.Instant;

/**
 * One link of an evidence item's chain of custody. {@code hash} covers every other field,
 * {@code previousHash} included, so changing or removing an entry breaks every later
 * link.
 *
 * @param sequence 0 for the first entry, then consecutive
 * @param detail machine-readable facts of the step (hashes, bucket and key); never
 * personal data
 */
public record CustodyEntry(String evidenceId, int sequence, CustodyAction action, String actor, Instant at,
		String detail, String previousHash, String hash) {

}
