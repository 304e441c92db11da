package org.iblagh.notification.webhook.delivery;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.iblagh.notification.config.NotificationProperties;
import org.iblagh.notification.referral.Referral;
import org.iblagh.notification.referral.ReferralListener;
import org.iblagh.notification.webhook.DeadLetter;
import org.iblagh.notification.webhook.DeliveryAttempt;
import org.iblagh.notification.webhook.WebhookSignature;
import org.iblagh.notification.webhook.WebhookSubscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pushes each new referral to the office's webhooks: signed, retried with exponential
 * backoff, behind one circuit breaker per endpoint (a dead endpoint stops costing
 * connections), and parked as a dead letter when every retry failed. Every attempt is
 * logged.
 */
public class WebhookDispatcher implements ReferralListener {

	private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

	private final WebhookStore store;

	private final HttpClient http;

	private final JsonMapper json;

	private final Clock clock;

	private final ScheduledExecutorService scheduler;

	private final NotificationProperties.Webhooks settings;

	private final CircuitBreakerRegistry breakers;

	private final RetryConfig retryConfig;

	private final MeterRegistry meters;

	private final WebhookTargets targets;

	public WebhookDispatcher(WebhookStore store, HttpClient http, JsonMapper json, Clock clock,
			ScheduledExecutorService scheduler, NotificationProperties.Webhooks settings, MeterRegistry meters,
			WebhookTargets targets) {
		this.meters = meters;
		this.targets = targets;
		this.store = store;
		this.http = http;
		this.json = json;
		this.clock = clock;
		this.scheduler = scheduler;
		this.settings = settings;
		this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
			.failureRateThreshold(settings.breakerFailureRate())
			.minimumNumberOfCalls(settings.breakerMinimumCalls())
			.slidingWindowSize(Math.max(settings.breakerMinimumCalls(), 10))
			.waitDurationInOpenState(settings.breakerOpenFor())
			.build());
		this.retryConfig = RetryConfig.custom()
			.maxAttempts(settings.maxAttempts())
			.intervalFunction(
					IntervalFunction.ofExponentialBackoff(settings.initialBackoff(), settings.backoffMultiplier()))
			.retryExceptions(Exception.class)
			.build();
	}

	@Override
	public void onNew(Referral referral) {
		for (WebhookSubscription subscription : this.store.forOffice(referral.officeId())) {
			// the body, its signature and the request are built off the caller's thread:
			// the
			// caller is the referral store's serial commit, which feeds every stream
			this.scheduler.execute(() -> deliver(subscription, referral));
		}
	}

	/** Delivers one referral to one endpoint; completes when accepted or parked. */
	public CompletableFuture<Boolean> deliver(WebhookSubscription subscription, Referral referral) {
		String deliveryId = subscription.id() + ":" + referral.referralId();
		byte[] body = this.json
			.writeValueAsBytes(Map.of("event", "referral.created", "deliveryId", deliveryId, "referral", referral));
		CircuitBreaker breaker = this.breakers.circuitBreaker(subscription.id());
		Retry retry = Retry.of(deliveryId, this.retryConfig);
		AtomicInteger attempt = new AtomicInteger();
		CompletionStage<Integer> delivered = Retry.decorateCompletionStage(retry, this.scheduler, () -> {
			int number = attempt.incrementAndGet();
			return CircuitBreaker
				.decorateCompletionStage(breaker, () -> attempt(subscription, referral, deliveryId, body, number))
				.get()
				.whenComplete((status, error) -> {
					if (isBreakerOpen(unwrap(error))) {
						record(subscription, referral, deliveryId, number, 0, false, "CIRCUIT_OPEN");
					}
				});
		}).get();
		return delivered.toCompletableFuture().handle((status, error) -> {
			if (error == null) {
				return true;
			}
			Throwable cause = unwrap(error);
			log.warn("Webhook delivery {} of {} parked after {} attempts: {}", deliveryId, referral.officeId(),
					attempt.get(), cause.toString());
			count(subscription, "parked");
			this.store.park(new DeadLetter(deliveryId, subscription.id(), subscription.officeId(),
					referral.referralId(), cause.toString(), this.clock.instant(), null));
			return false;
		});
	}

	private CompletionStage<Integer> attempt(WebhookSubscription subscription, Referral referral, String deliveryId,
			byte[] body, int number) {
		URI target = URI.create(subscription.url());
		// checked before each attempt: a name that was public when the office
		// subscribed may point inside the platform now (DNS rebinding); the client
		// then connects to the address just checked, which the JVM's DNS cache holds
		// for its TTL (30 s by default)
		String refusal = this.targets.refusal(target);
		if (refusal != null) {
			record(subscription, referral, deliveryId, number, 0, false, "TARGET_REFUSED");
			return CompletableFuture
				.failedFuture(new WebhookRejectedException(deliveryId + ": target refused, " + refusal));
		}
		long timestamp = this.clock.instant().getEpochSecond();
		HttpRequest request = HttpRequest.newBuilder(target)
			.timeout(this.settings.timeout())
			.header("Content-Type", "application/json")
			.header("X-Iblagh-Delivery", deliveryId)
			.header("X-Iblagh-Event", "referral.created")
			.header("X-Iblagh-Timestamp", Long.toString(timestamp))
			.header(WebhookSignature.HEADER, WebhookSignature.sign(subscription.secret(), timestamp, body))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		return this.http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, error) -> {
			int status = (response != null) ? response.statusCode() : 0;
			boolean accepted = status >= 200 && status < 300;
			String problem = (error != null) ? error.getClass().getSimpleName() : (accepted ? null : "HTTP " + status);
			record(subscription, referral, deliveryId, number, status, accepted, problem);
			if (!accepted) {
				throw new java.util.concurrent.CompletionException(
						new WebhookRejectedException(deliveryId + ": " + problem));
			}
			return status;
		}).exceptionallyCompose((error) -> {
			Throwable cause = (error instanceof java.util.concurrent.CompletionException) ? error.getCause() : error;
			return CompletableFuture.failedFuture(cause);
		});
	}

	private void record(WebhookSubscription subscription, Referral referral, String deliveryId, int number, int status,
			boolean accepted, String error) {
		log.info("Webhook delivery {} attempt {} to office {}: {}", deliveryId, number, subscription.officeId(),
				accepted ? "accepted " + status : error);
		count(subscription, accepted ? "success" : "failure");
		this.store.log(new DeliveryAttempt(deliveryId, subscription.id(), subscription.officeId(),
				referral.referralId(), number, status, accepted, error, this.clock.instant()));
	}

	/**
	 * {@code iblagh.webhook.deliveries{office,outcome}}: every attempt (success or
	 * failure, a refused call of an open breaker included) and every delivery parked
	 * after its last retry. Office ids are public identifiers, never personal data.
	 */
	private void count(WebhookSubscription subscription, String outcome) {
		Counter.builder("iblagh.webhook.deliveries")
			.description("Webhook delivery attempts and parked deliveries per office")
			.tag("office", String.valueOf(subscription.officeId()))
			.tag("outcome", outcome)
			.register(this.meters)
			.increment();
	}

	/** Circuit breaker state of an endpoint, for the operator. */
	public String breakerState(String subscriptionId) {
		return this.breakers.circuitBreaker(subscriptionId).getState().name();
	}

	private static Throwable unwrap(Throwable error) {
		return (error instanceof java.util.concurrent.CompletionException && error.getCause() != null)
				? error.getCause() : error;
	}

	/** A breaker that refuses calls is logged as such, not as an HTTP failure. */
	static boolean isBreakerOpen(Throwable error) {
		return error instanceof CallNotPermittedException;
	}

	static final class WebhookRejectedException extends RuntimeException {

		WebhookRejectedException(String message) {
			super(message);
		}

	}

}
