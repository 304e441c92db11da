package org.iblagh.triage.cluster.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A cluster is a campaign once at least {@code threshold} of its reports arrived within
 * one {@code window} (many citizens reporting the same SMS job scam in a day), however
 * long the cluster has existed.
 */
public record CampaignRule(int threshold, Duration window) {

	public CampaignRule {
		if (threshold < 2) {
			throw new IllegalArgumentException("A campaign needs a threshold of at least 2 reports");
		}
		Objects.requireNonNull(window, "window");
	}

	public boolean isCampaign(List<Instant> arrivals) {
		if (arrivals.size() < this.threshold) {
			return false;
		}
		List<Instant> sorted = arrivals.stream().filter(Objects::nonNull).sorted().toList();
		for (int last = this.threshold - 1; last < sorted.size(); last++) {
			Instant first = sorted.get(last - this.threshold + 1);
			if (!sorted.get(last).isAfter(first.plus(this.window))) {
				return true;
			}
		}
		return false;
	}

}
