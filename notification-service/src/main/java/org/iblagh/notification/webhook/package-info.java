/**
 * Webhook subscriptions: signed pushes to an office's own endpoint, retried with backoff
 * behind a circuit breaker per endpoint, parked in a dead-letter list when they keep
 * failing.
 */
package org.iblagh.notification.webhook;
