package org.iblagh.triage.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Triage settings ({@code iblagh.triage.*}).
 *
 * @param due how long the unit has per priority (P1 1 h, P2 24 h, P3 72 h, P4 7 days)
 * @param campaignThreshold how many reports in one cluster within the window make a
 * campaign
 * @param campaignWindow the window in which they must arrive
 * @param pdqMaxDistance the largest Hamming distance at which two PDQ hashes count as the
 * same picture
 * @param evidenceUser the account the console uses to fetch previews from
 * evidence-service
 * @param evidencePassword its password
 */
@ConfigurationProperties("iblagh.triage")
public record TriageProperties(Due due, int campaignThreshold, Duration campaignWindow, int pdqMaxDistance,
		String evidenceUser, String evidencePassword) {

	public TriageProperties {
		due = (due != null) ? due : new Due(null, null, null, null);
		campaignThreshold = (campaignThreshold > 1) ? campaignThreshold : 5;
		campaignWindow = (campaignWindow != null) ? campaignWindow : Duration.ofHours(24);
		pdqMaxDistance = (pdqMaxDistance > 0) ? pdqMaxDistance : 31;
	}

	/**
	 * Due time per priority.
	 */
	public record Due(Duration p1, Duration p2, Duration p3, Duration p4) {

		public Due {
			p1 = (p1 != null) ? p1 : Duration.ofHours(1);
			p2 = (p2 != null) ? p2 : Duration.ofHours(24);
			p3 = (p3 != null) ? p3 : Duration.ofHours(72);
			p4 = (p4 != null) ? p4 : Duration.ofDays(7);
		}

	}

}
