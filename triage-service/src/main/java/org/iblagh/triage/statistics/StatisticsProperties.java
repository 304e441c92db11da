package org.iblagh.triage.statistics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Statistics settings ({@code iblagh.statistics.*}).
 *
 * @param threshold the smallest non-zero count published (1 to threshold - 1 are
 * withheld); default 10
 * @param refreshInterval how often the funnel is recomputed; default 60 s
 * @param weeks how many ISO weeks back the funnel covers, this week included; default 52
 */
@ConfigurationProperties("iblagh.statistics")
public record StatisticsProperties(int threshold, Duration refreshInterval, int weeks) {

	public StatisticsProperties {
		threshold = (threshold > 0) ? threshold : 10;
		refreshInterval = (refreshInterval != null && !refreshInterval.isNegative() && !refreshInterval.isZero())
				? refreshInterval : Duration.ofSeconds(60);
		weeks = (weeks > 0) ? weeks : 52;
	}

}
