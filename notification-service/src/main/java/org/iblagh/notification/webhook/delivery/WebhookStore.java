package org.iblagh.notification.webhook.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.iblagh.notification.webhook.DeadLetter;
import org.iblagh.notification.webhook.DeliveryAttempt;
import org.iblagh.notification.webhook.WebhookSubscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Subscriptions (cached in memory: read on every referral), delivery attempts (written in
 * batches, so a burst of deliveries costs few database writes) and dead letters.
 */
public class WebhookStore implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(WebhookStore.class);

	static final String SUBSCRIPTIONS = "webhook_subscriptions";

	static final String ATTEMPTS = "webhook_attempts";

	static final String DEAD_LETTERS = "webhook_dead_letters";

	private final MongoTemplate mongo;

	private final Map<String, List<WebhookSubscription>> byOffice = new ConcurrentHashMap<>();

	private final LinkedBlockingQueue<DeliveryAttempt> attempts = new LinkedBlockingQueue<>();

	private final Thread attemptWriter;

	private volatile boolean running = true;

	public WebhookStore(MongoTemplate mongo) {
		this.mongo = mongo;
		reload();
		this.attemptWriter = new Thread(this::writeAttempts, "webhook-attempt-log");
		this.attemptWriter.setDaemon(true);
		this.attemptWriter.start();
	}

	public WebhookSubscription add(WebhookSubscription subscription) {
		this.mongo.insert(subscription, SUBSCRIPTIONS);
		reload();
		return subscription;
	}

	public boolean remove(String officeId, String id) {
		boolean removed = this.mongo
			.remove(Query.query(Criteria.where("_id").is(id).and("officeId").is(officeId)), SUBSCRIPTIONS)
			.getDeletedCount() > 0;
		reload();
		return removed;
	}

	public List<WebhookSubscription> forOffice(String officeId) {
		return this.byOffice.getOrDefault(officeId, List.of());
	}

	public Optional<WebhookSubscription> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, WebhookSubscription.class, SUBSCRIPTIONS));
	}

	public void log(DeliveryAttempt attempt) {
		this.attempts.add(attempt);
	}

	public List<DeliveryAttempt> attempts(String officeId, int limit) {
		flushNow();
		return this.mongo.find(Query.query(Criteria.where("officeId").is(officeId))
			.with(Sort.by(Sort.Direction.DESC, "at"))
			.limit(limit), DeliveryAttempt.class, ATTEMPTS);
	}

	public void park(DeadLetter letter) {
		// a letter parked again after a failed replay replaces its earlier self
		this.mongo.remove(Query.query(Criteria.where("deliveryId").is(letter.deliveryId())), DEAD_LETTERS);
		this.mongo.insert(letter, DEAD_LETTERS);
	}

	public List<DeadLetter> deadLetters(boolean includeReplayed) {
		Query query = includeReplayed ? new Query() : Query.query(Criteria.where("replayedAt").is(null));
		return this.mongo.find(query.with(Sort.by("parkedAt")), DeadLetter.class, DEAD_LETTERS);
	}

	/** Marks a dead letter replayed, once. */
	public Optional<DeadLetter> takeForReplay(String deliveryId, Instant now) {
		DeadLetter letter = this.mongo.findAndModify(
				Query.query(Criteria.where("deliveryId").is(deliveryId).and("replayedAt").is(null)),
				new Update().set("replayedAt", now), DeadLetter.class, DEAD_LETTERS);
		return Optional.ofNullable(letter);
	}

	private void reload() {
		Map<String, List<WebhookSubscription>> fresh = new ConcurrentHashMap<>();
		for (WebhookSubscription s : this.mongo.findAll(WebhookSubscription.class, SUBSCRIPTIONS)) {
			fresh.computeIfAbsent(s.officeId(), (k) -> new ArrayList<>()).add(s);
		}
		this.byOffice.clear();
		this.byOffice.putAll(fresh);
	}

	private void writeAttempts() {
		while (this.running) {
			try {
				DeliveryAttempt first = this.attempts.poll(200, TimeUnit.MILLISECONDS);
				if (first != null) {
					List<DeliveryAttempt> batch = new ArrayList<>();
					batch.add(first);
					this.attempts.drainTo(batch, 999);
					write(batch);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private synchronized void write(List<DeliveryAttempt> batch) {
		try {
			this.mongo.insert(batch, ATTEMPTS);
		}
		catch (RuntimeException ex) {
			log.warn("Could not store {} webhook delivery attempts: {}", batch.size(), ex.toString());
		}
	}

	private void flushNow() {
		List<DeliveryAttempt> batch = new ArrayList<>();
		this.attempts.drainTo(batch);
		if (!batch.isEmpty()) {
			write(batch);
		}
	}

	@Override
	public void close() {
		this.running = false;
		this.attemptWriter.interrupt();
		flushNow();
	}

}
