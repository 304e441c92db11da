package org.iblagh.notification.webhook.delivery;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.iblagh.notification.office.security.OfficeAccess;
import org.iblagh.notification.referral.store.ReferralStore;
import org.iblagh.notification.webhook.DeadLetter;
import org.iblagh.notification.webhook.DeliveryAttempt;
import org.iblagh.notification.webhook.WebhookSubscription;
import org.iblagh.support.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An office manages its own webhooks and reads its delivery log; a supervisor lists and
 * replays dead letters.
 */
@RestController
class WebhookController {

	private final WebhookStore store;

	private final WebhookDispatcher dispatcher;

	private final ReferralStore referrals;

	private final Clock clock;

	private final WebhookTargets targets;

	private final SecureRandom random = new SecureRandom();

	WebhookController(WebhookStore store, WebhookDispatcher dispatcher, ReferralStore referrals, Clock clock,
			WebhookTargets targets) {
		this.store = store;
		this.targets = targets;
		this.dispatcher = dispatcher;
		this.referrals = referrals;
		this.clock = clock;
	}

	/** The secret is returned here only; the office keeps it to check signatures. */
	@PostMapping("/api/v1/offices/{officeId}/webhooks")
	ResponseEntity<WebhookSubscription> subscribe(@PathVariable String officeId, @RequestBody SubscribeRequest request,
			Authentication auth) {
		OfficeAccess.requireOffice(auth, officeId);
		URI url;
		try {
			url = URI.create((request.url() != null) ? request.url() : "");
		}
		catch (IllegalArgumentException ex) {
			url = null;
		}
		String refusal = this.targets.refusal(url);
		if (refusal != null) {
			throw ApiException.invalid(List.of(new ApiException.FieldProblem("url", "INVALID_URL", refusal)));
		}
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		WebhookSubscription subscription = this.store
			.add(new WebhookSubscription(UUID.randomUUID().toString(), officeId, url.toString(),
					Base64.getUrlEncoder().withoutPadding().encodeToString(secret), this.clock.instant()));
		return ResponseEntity.status(HttpStatus.CREATED).body(subscription);
	}

	@GetMapping("/api/v1/offices/{officeId}/webhooks")
	List<SubscriptionView> subscriptions(@PathVariable String officeId, Authentication auth) {
		OfficeAccess.requireReader(auth, officeId);
		return this.store.forOffice(officeId)
			.stream()
			.map((s) -> new SubscriptionView(s.id(), s.url(), s.createdAt(), this.dispatcher.breakerState(s.id())))
			.toList();
	}

	@DeleteMapping("/api/v1/offices/{officeId}/webhooks/{id}")
	ResponseEntity<Void> unsubscribe(@PathVariable String officeId, @PathVariable String id, Authentication auth) {
		OfficeAccess.requireOffice(auth, officeId);
		if (!this.store.remove(officeId, id)) {
			throw ApiException.notFound("WEBHOOK_NOT_FOUND", "No such webhook.");
		}
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/offices/{officeId}/webhook-deliveries")
	List<DeliveryAttempt> deliveries(@PathVariable String officeId, @RequestParam(defaultValue = "100") int limit,
			Authentication auth) {
		OfficeAccess.requireReader(auth, officeId);
		return this.store.attempts(officeId, Math.max(1, Math.min(limit, 1000)));
	}

	@GetMapping("/api/v1/webhooks/dead-letters")
	List<DeadLetter> deadLetters(@RequestParam(defaultValue = "false") boolean includeReplayed) {
		return this.store.deadLetters(includeReplayed);
	}

	/**
	 * Tries a parked delivery again, with fresh retries; it is parked again if it fails.
	 */
	@PostMapping("/api/v1/webhooks/dead-letters/{deliveryId}/replay")
	ResponseEntity<Void> replay(@PathVariable String deliveryId) {
		DeadLetter letter = this.store.takeForReplay(deliveryId, this.clock.instant())
			.orElseThrow(() -> ApiException.notFound("DEAD_LETTER_NOT_FOUND", "No such dead letter waiting."));
		WebhookSubscription subscription = this.store.find(letter.subscriptionId())
			.orElseThrow(() -> ApiException.conflict("WEBHOOK_GONE", "The webhook was removed."));
		var referral = this.referrals.find(letter.referralId())
			.orElseThrow(() -> ApiException.conflict("REFERRAL_GONE", "The referral no longer exists."));
		this.dispatcher.deliver(subscription, referral.referral());
		return ResponseEntity.accepted().build();
	}

	record SubscribeRequest(String url) {
	}

	record SubscriptionView(String id, String url, java.time.Instant createdAt, String breaker) {
	}

}
