package org.iblagh.notification.webhook;

import java.time.Instant;

/**
 * One try at delivering a referral to a webhook, kept for the office and the operator.
 *
 * @param status the HTTP status, or 0 when no answer came (refused, timed out, breaker
 * open)
 */
public record DeliveryAttempt(String deliveryId, String subscriptionId, String officeId, String referralId, int attempt,
		int status, boolean accepted, String error, Instant at) {
}
