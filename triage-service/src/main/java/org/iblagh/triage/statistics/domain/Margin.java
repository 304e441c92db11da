package org.iblagh.triage.statistics.domain;

import java.util.Arrays;

/**
 * A total per stage over a group of published cells (one week, one category, one region,
 * or all). Built only from published counts: see {@link Suppression}.
 */
public record Margin(String key, long[] counts) {

	public Margin {
		counts = Arrays.copyOf(counts, Stage.values().length);
	}

	public long count(Stage stage) {
		return this.counts[stage.ordinal()];
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Margin that && this.key.equals(that.key) && Arrays.equals(this.counts, that.counts);
	}

	@Override
	public int hashCode() {
		return 31 * this.key.hashCode() + Arrays.hashCode(this.counts);
	}

	@Override
	public String toString() {
		return this.key + Arrays.toString(this.counts);
	}

}
