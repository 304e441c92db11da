package org.iblagh.triage.cluster.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.iblagh.contracts.Indicator;
import org.iblagh.contracts.SecuredEvidence;

/**
 * The keys under which a report is indexed so that related reports find each other: one
 * per normalised indicator, one per evidence SHA-256, and the eight 32-bit bands of each
 * PDQ hash (two pictures within Hamming distance 7 share at least one band; farther
 * candidates found by a band are confirmed with {@link Pdq#distance}).
 *
 * @param exact keys that link on their own
 * @param pdqBands band keys, each a candidate to confirm against the full hash
 * @param pdqs the full PDQ hashes of the report's pictures
 */
public record ClusterKeys(Set<String> exact, Set<String> pdqBands, Set<String> pdqs) {

	private static final int BANDS = 8;

	public ClusterKeys {
		exact = Set.copyOf(exact);
		pdqBands = Set.copyOf(pdqBands);
		pdqs = Set.copyOf(pdqs);
	}

	public static ClusterKeys of(List<Indicator> indicators, List<SecuredEvidence> evidence) {
		Set<String> exact = new LinkedHashSet<>();
		Set<String> bands = new LinkedHashSet<>();
		Set<String> pdqs = new LinkedHashSet<>();
		for (Indicator indicator : indicators) {
			String normalized = (indicator.normalized() != null) ? indicator.normalized() : indicator.value();
			if (normalized != null && !normalized.isBlank()) {
				exact.add("ind:" + normalized.strip().toLowerCase(Locale.ROOT));
			}
		}
		for (SecuredEvidence e : evidence) {
			if (e.sha256() != null && !e.sha256().isBlank()) {
				exact.add("sha256:" + e.sha256().toLowerCase(Locale.ROOT));
			}
			if (Pdq.isValid(e.pdq())) {
				String pdq = e.pdq().toLowerCase(Locale.ROOT);
				pdqs.add(pdq);
				int width = pdq.length() / BANDS;
				for (int band = 0; band < BANDS; band++) {
					bands.add("pdq:" + band + ":" + pdq.substring(band * width, (band + 1) * width));
				}
			}
		}
		return new ClusterKeys(exact, bands, pdqs);
	}

	public boolean isEmpty() {
		return this.exact.isEmpty() && this.pdqBands.isEmpty();
	}

	public Set<String> all() {
		Set<String> all = new LinkedHashSet<>(this.exact);
		all.addAll(this.pdqBands);
		return all;
	}

	public static boolean isPdqBand(String key) {
		return key.startsWith("pdq:");
	}

}
