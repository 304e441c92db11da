package org.iblagh.notification.webhook;

import java.time.Instant;

/**
 * An office's endpoint that receives each new referral, signed with its own secret.
 */
public record WebhookSubscription(String id, String officeId, String url, String secret, Instant createdAt) {
}
