package org.iblagh.notification.webhook;

import java.time.Instant;

/**
 * A delivery given up after every retry, parked until an operator replays it.
 */
public record DeadLetter(String deliveryId, String subscriptionId, String officeId, String referralId, String lastError,
		Instant parkedAt, Instant replayedAt) {
}
