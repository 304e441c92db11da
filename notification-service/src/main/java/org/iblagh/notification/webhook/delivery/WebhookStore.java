package org.iblagh.notification.webhook.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

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
 *
 * <p>
 * The cache is read from the database on first use, not when the bean is made, so that
 * making the application context needs no database, and read again once older than the
 * refresh period, so that a subscription added or removed on another instance is used
 * here too.
 */
public class WebhookStore implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(WebhookStore.class);

	static final String SUBSCRIPTIONS = "webhook_subscriptions";

	static final String ATTEMPTS = "webhook_attempts";

	static final String DEAD_LETTERS = "webhook_dead_letters";

	private final MongoTemplate mongo;

	private final long refreshNanos;

	private final ReentrantLock reloading = new ReentrantLock();

	/** Null until first read. */
	private volatile Map<String, List<WebhookSubscription>> byOffice;

	private volatile long loadedAt;

	private final LinkedBlockingQueue<DeliveryAttempt> attempts = new LinkedBlockingQueue<>();

	private final Thread attemptWriter;

	private volatile boolean running = true;

	public WebhookStore(MongoTemplate mongo, Duration refresh) {
		this.mongo = mongo;
		this.refreshNanos = refresh.toNanos();
		this.attemptWriter = new Thread(this::writeAttempts, "webhook-attempt-log");
		this.attemptWriter.setDaemon(true);
		this.attemptWriter.start();
	}

	public WebhookSubscription add(WebhookSubscription subscription) {
		this.mongo.insert(subscription, SUBSCRIPTIONS);
		reloadNow();
		return subscription;
	}

	public boolean remove(String officeId, String id) {
		boolean removed = this.mongo
			.remove(Query.query(Criteria.where("_id").is(id).and("officeId").is(officeId)), SUBSCRIPTIONS)
			.getDeletedCount() > 0;
		reloadNow();
		return removed;
	}

	public List<WebhookSubscription> forOffice(String officeId) {
		return subscriptions().getOrDefault(officeId, List.of());
	}

	private Map<String, List<WebhookSubscription>> subscriptions() {
		Map<String, List<WebhookSubscription>> current = this.byOffice;
		if (current == null) {
			this.reloading.lock();
			try {
				if (this.byOffice == null) {
					reload();
				}
				return this.byOffice;
			}
			finally {
				this.reloading.unlock();
			}
		}
		// one thread refreshes; the others go on with the copy they have
		if (System.nanoTime() - this.loadedAt > this.refreshNanos && this.reloading.tryLock()) {
			try {
				reload();
			}
			catch (RuntimeException ex) {
				log.warn("Reading webhook subscriptions failed; using the copy from {} s ago: {}",
						TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - this.loadedAt), ex.toString());
			}
			finally {
				this.reloading.unlock();
			}
		}
		return this.byOffice;
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

	private void reloadNow() {
		this.reloading.lock();
		try {
			reload();
		}
		finally {
			this.reloading.unlock();
		}
	}

	private void reload() {
		long now = System.nanoTime();
		Map<String, List<WebhookSubscription>> fresh = new HashMap<>();
		for (WebhookSubscription s : this.mongo.findAll(WebhookSubscription.class, SUBSCRIPTIONS)) {
			fresh.computeIfAbsent(s.officeId(), (k) -> new ArrayList<>()).add(s);
		}
		fresh.replaceAll((office, list) -> List.copyOf(list));
		this.byOffice = Map.copyOf(fresh);
		this.loadedAt = now;
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
