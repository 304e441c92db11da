package org.iblagh.evidence.hashlist;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.iblagh.evidence.pdq.PdqHash;

/**
 * Known illegal material: exact SHA-256 and MD5 values and PDQ hashes matched within a
 * Hamming distance threshold. Immutable; a reload builds a new one.
 */
public final class HashList {

	private final Set<String> sha256;

	private final Set<String> md5;

	private final List<PdqHash> pdq;

	private final int pdqThreshold;

	public HashList(Set<String> sha256, Set<String> md5, List<PdqHash> pdq, int pdqThreshold) {
		this.sha256 = sha256.stream().map((h) -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
		this.md5 = md5.stream().map((h) -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
		this.pdq = List.copyOf(pdq);
		this.pdqThreshold = pdqThreshold;
	}

	public static HashList empty() {
		return new HashList(Set.of(), Set.of(), List.of(), PdqHash.MATCH_THRESHOLD);
	}

	/**
	 * @return which kind of entry matched (SHA256, MD5, PDQ), or empty
	 */
	public Optional<String> match(String sha256, String md5, String pdqHex) {
		if (sha256 != null && this.sha256.contains(sha256.toLowerCase(Locale.ROOT))) {
			return Optional.of("SHA256");
		}
		if (md5 != null && this.md5.contains(md5.toLowerCase(Locale.ROOT))) {
			return Optional.of("MD5");
		}
		if (pdqHex != null) {
			PdqHash hash = PdqHash.fromHex(pdqHex);
			for (PdqHash known : this.pdq) {
				if (known.isNear(hash, this.pdqThreshold)) {
					return Optional.of("PDQ");
				}
			}
		}
		return Optional.empty();
	}

	public int size() {
		return this.sha256.size() + this.md5.size() + this.pdq.size();
	}

}
