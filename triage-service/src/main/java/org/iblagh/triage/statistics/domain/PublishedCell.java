package org.iblagh.triage.statistics.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One row as it may be published: a count per stage, or null where the count was
 * suppressed.
 */
public record PublishedCell(CellKey key, Long[] counts) {

	public PublishedCell {
		counts = Arrays.copyOf(counts, Stage.values().length);
	}

	/** The published count, or null when it is withheld. */
	public Long count(Stage stage) {
		return this.counts[stage.ordinal()];
	}

	public boolean isSuppressed(Stage stage) {
		return this.counts[stage.ordinal()] == null;
	}

	/** The stages whose count is withheld, in funnel order. */
	public List<Stage> suppressed() {
		List<Stage> stages = new ArrayList<>();
		for (Stage stage : Stage.values()) {
			if (isSuppressed(stage)) {
				stages.add(stage);
			}
		}
		return stages;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PublishedCell that && this.key.equals(that.key)
				&& Arrays.equals(this.counts, that.counts);
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
