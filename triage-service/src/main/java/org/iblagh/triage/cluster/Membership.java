package org.iblagh.triage.cluster;

import java.util.List;

/**
 * The cluster a report joined.
 *
 * @param clusterId null when the report names nothing another report could share
 * @param otherReportIds the other reports of the cluster
 * @param campaign whether the cluster is a campaign now
 * @param campaignStartedNow whether this report made it one (its earlier reports must
 * then gain priority too)
 */
public record Membership(String clusterId, List<String> otherReportIds, boolean campaign, boolean campaignStartedNow) {

	public Membership {
		otherReportIds = List.copyOf(otherReportIds);
	}

	public static Membership none() {
		return new Membership(null, List.of(), false, false);
	}

}
