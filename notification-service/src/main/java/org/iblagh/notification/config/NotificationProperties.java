package org.iblagh.notification.config;

import java.time.Duration;
import java.util.Map;

import org.iblagh.contracts.Priority;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code iblagh.notification.*}: deadlines, mail and webhook delivery settings.
 */
@ConfigurationProperties("iblagh.notification")
public record NotificationProperties(Map<Priority, Duration> acknowledgeWithin, Duration escalationCheckEvery,
		Mail mail, Webhooks webhooks) {

	public record Mail(boolean enabled, String from, String officeAddressPattern, String supervisorAddress,
			String digestCron) {

		public String officeAddress(String officeId) {
			return this.officeAddressPattern.replace("{officeId}", officeId.toLowerCase(java.util.Locale.ROOT));
		}

	}

	/**
	 * @param subscriptionsRefresh how old this instance's copy of the subscriptions may
	 * grow: one added or removed on another instance reaches this one within it
	 * @param allowInternalTargets plain HTTP and loopback or private addresses accepted
	 * as webhook targets: development only (false when unset)
	 */
	public record Webhooks(int maxAttempts, Duration initialBackoff, double backoffMultiplier, Duration timeout,
			float breakerFailureRate, int breakerMinimumCalls, Duration breakerOpenFor, Duration subscriptionsRefresh,
			boolean allowInternalTargets) {
	}

}
