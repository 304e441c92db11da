package org.iblagh.support.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Publishes the events waiting in the {@code outbox} array of documents and removes them
 * once Kafka confirmed them.
 *
 * <p>
 * Writers signal the document they changed, so the relay never polls the database on the
 * hot path; the durable truth is the document itself, which is why a full scan for
 * waiting events runs at start-up (after a crash) and now and then as a safety net.
 * Events are confirmed in batches: one bulk write removes many published entries.
 */
public class OutboxRelay implements SmartLifecycle {

	public static final String OUTBOX_FIELD = "outbox";

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final int BATCH = 500;

	private final MongoTemplate mongo;

	private final EventPublisher publisher;

	private final List<String> collections;

	private final LinkedBlockingQueue<Pending> signals = new LinkedBlockingQueue<>();

	private final Duration sweepEvery;

	private volatile boolean running;

	private Thread worker;

	private long lastSweep;

	private volatile long published;

	private volatile int inFlight;

	private final OutboxPayloadSealer sealer;

	/** Present in a document only while one of its events waits. */
	private static final String WAITING = OUTBOX_FIELD + ".eventId";

	/** Collections whose sweep index this relay has made (once per process). */
	private final Set<String> indexed = ConcurrentHashMap.newKeySet();

	public OutboxRelay(MongoTemplate mongo, EventPublisher publisher, List<String> collections, Duration sweepEvery) {
		this(mongo, publisher, collections, sweepEvery, OutboxPayloadSealer.NONE);
	}

	public OutboxRelay(MongoTemplate mongo, EventPublisher publisher, List<String> collections, Duration sweepEvery,
			OutboxPayloadSealer sealer) {
		this.mongo = mongo;
		this.publisher = publisher;
		this.collections = List.copyOf(collections);
		this.sweepEvery = sweepEvery;
		this.sealer = sealer;
	}

	/** Tells the relay that a document has new events waiting. */
	public void signal(String collection, Object id) {
		this.signals.add(new Pending(collection, id));
	}

	public long publishedCount() {
		return this.published;
	}

	/**
	 * Documents known to have events waiting: signalled or found by a sweep and not yet
	 * confirmed by Kafka (a document signalled twice may count twice). Read from memory,
	 * so a metrics scrape costs no database query; it grows while Kafka is unreachable.
	 */
	public int pendingCount() {
		return this.signals.size() + this.inFlight;
	}

	@Override
	public void start() {
		this.running = true;
		this.worker = new Thread(this::run, "outbox-relay");
		this.worker.setDaemon(true);
		this.worker.start();
	}

	@Override
	public void stop() {
		this.running = false;
		if (this.worker != null) {
			this.worker.interrupt();
			try {
				this.worker.join(5000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.publisher.close();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// stop after the web server and the consumers, so their last events still go out
		return Integer.MIN_VALUE + 1000;
	}

	private void run() {
		sweep();
		long backoff = 0;
		while (this.running) {
			try {
				List<Pending> batch = new ArrayList<>();
				Pending first = this.signals.poll(1, TimeUnit.SECONDS);
				if (first != null) {
					batch.add(first);
					this.signals.drainTo(batch, BATCH - 1);
				}
				this.inFlight = batch.size();
				boolean confirmed = batch.isEmpty() || relay(batch);
				if (!confirmed) {
					this.signals.addAll(batch);
				}
				this.inFlight = 0;
				if (!confirmed) {
					backoff = Math.min(Math.max(backoff * 2, 200), 5000);
					Thread.sleep(backoff);
					continue;
				}
				backoff = 0;
				if (System.currentTimeMillis() - this.lastSweep > this.sweepEvery.toMillis()) {
					sweep();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				log.warn("Outbox relay round failed, will retry: {}", ex.toString());
			}
		}
	}

	/**
	 * Finds every document with events still waiting; needed after a crash. A sparse
	 * index holds only those documents, so a sweep reads what waits, not every report
	 * ever stored.
	 */
	private void sweep() {
		this.lastSweep = System.currentTimeMillis();
		try {
			for (String collection : this.collections) {
				if (!this.indexed.contains(collection)) {
					this.mongo.getCollection(collection)
						.createIndex(Indexes.ascending(WAITING),
								new IndexOptions().sparse(true).name("outbox_waiting"));
					this.indexed.add(collection);
				}
				for (Document doc : this.mongo.getCollection(collection)
					.find(Filters.exists(WAITING))
					.projection(Projections.include("_id"))) {
					this.signals.add(new Pending(collection, doc.get("_id")));
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("Outbox sweep failed: {}", ex.toString());
		}
	}

	/**
	 * @return false when Kafka did not confirm everything, so the batch must be retried
	 */
	private boolean relay(List<Pending> batch) throws InterruptedException {
		Map<String, Set<Object>> idsByCollection = new LinkedHashMap<>();
		for (Pending p : batch) {
			idsByCollection.computeIfAbsent(p.collection(), (c) -> new LinkedHashSet<>()).add(p.id());
		}
		boolean allConfirmed = true;
		for (Map.Entry<String, Set<Object>> e : idsByCollection.entrySet()) {
			allConfirmed &= relay(e.getKey(), e.getValue());
		}
		return allConfirmed;
	}

	private boolean relay(String collection, Set<Object> ids) throws InterruptedException {
		Map<Object, List<Document>> waiting = new LinkedHashMap<>();
		for (Document doc : this.mongo.getCollection(collection)
			.find(Filters.in("_id", ids))
			.projection(Projections.include(OUTBOX_FIELD))) {
			List<Document> entries = doc.getList(OUTBOX_FIELD, Document.class, List.of());
			if (!entries.isEmpty()) {
				waiting.put(doc.get("_id"), entries);
			}
		}
		if (waiting.isEmpty()) {
			return true;
		}
		Map<Object, List<String>> confirmed = new LinkedHashMap<>();
		Map<Object, CompletableFuture<Void>> sends = new LinkedHashMap<>();
		for (Map.Entry<Object, List<Document>> e : waiting.entrySet()) {
			List<String> entryIds = new ArrayList<>();
			CompletableFuture<Void> all = CompletableFuture.completedFuture(null);
			for (Document entry : e.getValue()) {
				entryIds.add(entry.getString("eventId"));
				all = all.thenCombine(this.publisher.publish(open(toEntry(entry))), (a, b) -> null);
			}
			confirmed.put(e.getKey(), entryIds);
			sends.put(e.getKey(), all);
		}
		List<WriteModel<Document>> removals = new ArrayList<>();
		boolean allConfirmed = true;
		for (Map.Entry<Object, CompletableFuture<Void>> e : sends.entrySet()) {
			try {
				e.getValue().get(30, TimeUnit.SECONDS);
				removals.add(new UpdateOneModel<>(Filters.eq("_id", e.getKey()),
						Updates.pullByFilter(new Document(OUTBOX_FIELD,
								new Document("eventId", new Document("$in", confirmed.get(e.getKey())))))));
			}
			catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
				allConfirmed = false;
			}
		}
		if (!removals.isEmpty()) {
			this.mongo.getCollection(collection).bulkWrite(removals);
			this.published += removals.size();
		}
		if (!allConfirmed) {
			log.warn("Kafka did not confirm {} of {} outbox documents in {}; they stay in the outbox for a retry",
					sends.size() - removals.size(), sends.size(), collection);
		}
		return allConfirmed;
	}

	private OutboxEntry open(OutboxEntry entry) {
		return new OutboxEntry(entry.eventId(), entry.topic(), entry.key(), entry.type(), entry.payloadFor(this.sealer),
				entry.occurredAt(), entry.traceparent());
	}

	private static OutboxEntry toEntry(Document entry) {
		Object at = entry.get("occurredAt");
		java.time.Instant occurredAt = (at instanceof java.util.Date date) ? date.toInstant() : java.time.Instant.now();
		return new OutboxEntry(entry.getString("eventId"), entry.getString("topic"), entry.getString("key"),
				entry.getString("type"), entry.getString("payload"), occurredAt, entry.getString("traceparent"));
	}

	private record Pending(String collection, Object id) {
	}

}
