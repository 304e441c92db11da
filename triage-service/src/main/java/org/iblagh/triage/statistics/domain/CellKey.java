package org.iblagh.triage.statistics.domain;

import java.util.Comparator;

/**
 * One row of the funnel: the reports received in one ISO week, of one category, about one
 * region. Region is a two-digit HCP code ({@code 01}–{@code 12}) or
 * {@link RegionTable#UNKNOWN}.
 */
public record CellKey(String week, String category, String region) implements Comparable<CellKey> {

	/** Newest week first, then category and region codes. */
	static final Comparator<CellKey> ORDER = Comparator.comparing(CellKey::week)
		.reversed()
		.thenComparing(CellKey::category)
		.thenComparing(CellKey::region);

	@Override
	public int compareTo(CellKey other) {
		return ORDER.compare(this, other);
	}

}
