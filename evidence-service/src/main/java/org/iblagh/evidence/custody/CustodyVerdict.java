package org.iblagh.evidence.custody;

/**
 * The outcome of checking an item: its custody chain and its stored bytes.
 *
 * @param brokenAt null when intact; {@code custody:<sequence>} for the first broken link
 * of the chain, {@code object} when the stored bytes no longer hash to the recorded
 * SHA-256
 */
public record CustodyVerdict(boolean intact, String brokenAt) {

	public static CustodyVerdict verify(java.util.List<CustodyEntry> entries, String recordedSha256,
			String recomputedSha256) {
		var broken = CustodyChain.firstBrokenLink(entries);
		if (broken.isPresent()) {
			return new CustodyVerdict(false, "custody:" + broken.get().sequence());
		}
		String stored = entries.stream()
			.filter((e) -> e.action() == CustodyAction.STORED)
			.map((e) -> Details.value(e.detail(), "sha256"))
			.findFirst()
			.orElse(recordedSha256);
		boolean deleted = entries.stream().anyMatch((e) -> e.action() == CustodyAction.DELETED);
		if (deleted) {
			return new CustodyVerdict(true, null);
		}
		if (stored == null || !stored.equals(recomputedSha256) || !stored.equals(recordedSha256)) {
			return new CustodyVerdict(false, "object");
		}
		return new CustodyVerdict(true, null);
	}

}
