package org.iblagh.triage.statistics.domain;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The exact counts, before suppression: never published as they are. Built by one thread,
 * then only read.
 */
public final class FunnelTable {

	private final Map<CellKey, long[]> counts = new TreeMap<>();

	/** Counts one report in its cell, once for every stage it reached. */
	public FunnelTable add(CellKey key, Set<Stage> reached) {
		long[] row = this.counts.computeIfAbsent(key, (k) -> new long[Stage.values().length]);
		for (Stage stage : reached) {
			row[stage.ordinal()]++;
		}
		return this;
	}

	/** Sets a cell's counts directly (crafted tables in tests). */
	public FunnelTable put(CellKey key, long received, long triaged, long referred, long acknowledged) {
		this.counts.put(key, new long[] { received, triaged, referred, acknowledged });
		return this;
	}

	public long count(CellKey key, Stage stage) {
		long[] row = this.counts.get(key);
		return (row != null) ? row[stage.ordinal()] : 0;
	}

	/** Every cell that holds at least one report, in {@link CellKey#ORDER}. */
	public Set<CellKey> keys() {
		return Collections.unmodifiableSet(this.counts.keySet());
	}

	public int size() {
		return this.counts.size();
	}

}
