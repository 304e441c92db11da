package org.iblagh.notification.referral.store;

import org.iblagh.notification.referral.Referral;
import org.iblagh.notification.referral.ReferralStatus;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.iblagh.support.messaging.OutboxEntry;
import org.iblagh.support.messaging.OutboxRelay;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Referrals in MongoDB, one document each, with the events that announce them in the same
 * document (outbox). The embedded server has no multi-document transactions, so every
 * change is one single-document write.
 */
public class ReferralStore {

	public static final String COLLECTION = "referrals";

	private static final String COUNTERS = "counters";

	private static final String SEQ_COUNTER = "referralSeq";

	private final MongoTemplate mongo;

	private final OutboxRelay relay;

	/**
	 * One group commit at a time in this process: numbers are taken and written in order,
	 * so this process never leaves a lower number in flight behind a higher one it stored
	 * (feeds wait for in-flight numbers of other instances only).
	 */
	private final Object appendLock = new Object();

	/**
	 * Appends waiting for the lock. Whoever holds it commits every waiting append in one
	 * {@code insertMany} (group commit), so consumer threads that arrive together share
	 * one database round trip instead of queueing for one each.
	 */
	private final ConcurrentLinkedQueue<Append> waiting = new ConcurrentLinkedQueue<>();

	private static final int DUPLICATE_KEY = 11000;

	/**
	 * Numbers this process took and has finished writing (stored, a replay, or failed),
	 * first to last: a feed tail need not wait for them to appear.
	 */
	private final ConcurrentSkipListMap<Long, Long> settledRanges = new ConcurrentSkipListMap<>();

	private volatile Consumer<List<Referral>> whenCommitted = (stored) -> {
	};

	public ReferralStore(MongoTemplate mongo, OutboxRelay relay) {
		this.mongo = mongo;
		this.relay = relay;
	}

	public void createIndexes() {
		MongoCollection<Document> referrals = collection();
		referrals.createIndex(Indexes.ascending("officeId", "seq"));
		referrals.createIndex(Indexes.ascending("status", "dueAt"));
		referrals.createIndex(Indexes.ascending("seq"), new IndexOptions().unique(true));
		referrals.createIndex(Indexes.ascending("reportId"));
	}

	/**
	 * Stores the referrals not stored yet, each with its events, and tells
	 * {@code announce} about each one stored now.
	 * @return the referrals stored by this call (a replay stores none)
	 */
	public List<Referral> appendNew(List<Referral> referrals,
			java.util.function.Function<Referral, List<OutboxEntry>> events, Consumer<Referral> announce) {
		if (referrals.isEmpty()) {
			return List.of();
		}
		// documents are built before the lock: only numbering and the write are serial
		List<Document> documents = new ArrayList<>();
		for (Referral referral : referrals) {
			documents.add(toDocument(referral, events.apply(referral)));
		}
		Append mine = new Append(referrals, documents, announce);
		this.waiting.add(mine);
		synchronized (this.appendLock) {
			if (!mine.done) {
				List<Append> group = new ArrayList<>();
				for (Append next = this.waiting.poll(); next != null; next = this.waiting.poll()) {
					group.add(next);
				}
				commit(group);
			}
		}
		return mine.result();
	}

	/** Numbers, writes and announces a group of appends; each learns its own outcome. */
	private void commit(List<Append> group) {
		long first = -1;
		int count = group.stream().mapToInt((a) -> a.documents.size()).sum();
		try {
			List<Document> documents = new ArrayList<>();
			first = nextSeqs(count);
			long seq = first;
			for (Append append : group) {
				for (Document document : append.documents) {
					// no read before the write: a replay fails on its unique id
					document.put("seq", seq++);
					documents.add(document);
				}
			}
			Map<Integer, BulkWriteError> failed = insertAll(documents);
			int index = 0;
			for (Append append : group) {
				append.settle(index, failed, this::stored);
				index += append.documents.size();
			}
		}
		catch (RuntimeException ex) {
			for (Append append : group) {
				if (!append.done) {
					append.fail(ex);
				}
			}
		}
		finally {
			if (first > 0) {
				this.settledRanges.put(first, first + count - 1);
			}
			List<Referral> stored = new ArrayList<>();
			for (Append append : group) {
				stored.addAll(append.stored);
			}
			this.whenCommitted.accept(stored);
		}
	}

	/**
	 * Inserts in one command; returns the documents not inserted, by position, with why.
	 */
	private Map<Integer, BulkWriteError> insertAll(List<Document> documents) {
		try {
			collection().insertMany(documents, new InsertManyOptions().ordered(false));
			return Map.of();
		}
		catch (MongoBulkWriteException ex) {
			Map<Integer, BulkWriteError> failed = new HashMap<>();
			for (BulkWriteError error : ex.getWriteErrors()) {
				failed.put(error.getIndex(), error);
			}
			return failed;
		}
	}

	private void stored(Referral referral, Consumer<Referral> announce) {
		this.relay.signal(COLLECTION, referral.referralId());
		announce.accept(referral);
	}

	/** One caller's referrals waiting for a group commit, and what became of them. */
	private static final class Append {

		private final List<Referral> referrals;

		private final List<Document> documents;

		private final Consumer<Referral> announce;

		private volatile boolean done;

		private List<Referral> stored = List.of();

		private RuntimeException error;

		Append(List<Referral> referrals, List<Document> documents, Consumer<Referral> announce) {
			this.referrals = referrals;
			this.documents = documents;
			this.announce = announce;
		}

		/**
		 * A duplicate id (a replayed event, or another instance) means already stored
		 * with its events; any other error fails this append alone, so its event is
		 * retried while the rest of the group stays stored.
		 */
		void settle(int offset, Map<Integer, BulkWriteError> failed,
				java.util.function.BiConsumer<Referral, Consumer<Referral>> onStored) {
			List<Referral> fresh = new ArrayList<>();
			for (int i = 0; i < this.documents.size(); i++) {
				BulkWriteError error = failed.get(offset + i);
				if (error != null && error.getCode() != DUPLICATE_KEY) {
					fail(new IllegalStateException(
							"Referral " + this.referrals.get(i).referralId() + " not stored: " + error.getMessage()));
					return;
				}
				if (error == null) {
					fresh
						.add(this.referrals.get(i).withSeq(this.documents.get(i).get("seq", Number.class).longValue()));
				}
			}
			for (Referral referral : fresh) {
				onStored.accept(referral, this.announce);
			}
			this.stored = fresh;
			this.done = true;
		}

		void fail(RuntimeException ex) {
			this.error = ex;
			this.done = true;
		}

		List<Referral> result() {
			if (this.error != null) {
				throw this.error;
			}
			return this.stored;
		}

	}

	public Optional<Versioned> find(String referralId) {
		Document doc = collection().find(Filters.eq("_id", referralId)).first();
		return Optional.ofNullable(doc)
			.map((d) -> new Versioned(fromDocument(d), d.get("version", Number.class).longValue()));
	}

	/**
	 * An office's referrals after a cursor and up to a number (a feed tail's horizon),
	 * oldest first.
	 */
	public List<Referral> forOffice(String officeId, long afterSeq, long upToSeq, int limit) {
		List<Referral> found = new ArrayList<>();
		collection()
			.find(Filters.and(Filters.eq("officeId", officeId), Filters.gt("seq", afterSeq),
					Filters.lte("seq", upToSeq)))
			.sort(Sorts.ascending("seq"))
			.limit(limit)
			.forEach((d) -> found.add(fromDocument(d)));
		return found;
	}

	/** Every referral of a report, to every office. */
	public List<Versioned> forReport(String reportId) {
		List<Versioned> found = new ArrayList<>();
		collection().find(Filters.eq("reportId", reportId))
			.forEach((d) -> found.add(new Versioned(fromDocument(d), d.get("version", Number.class).longValue())));
		return found;
	}

	/** An office's newest referrals, newest first. */
	public List<Referral> latestForOffice(String officeId, int limit) {
		List<Referral> found = new ArrayList<>();
		collection().find(Filters.eq("officeId", officeId))
			.sort(Sorts.descending("seq"))
			.limit(limit)
			.forEach((d) -> found.add(fromDocument(d)));
		return found;
	}

	/** Referrals notified since a time, for the daily digest. */
	public List<Referral> notifiedSince(java.time.Instant since) {
		List<Referral> found = new ArrayList<>();
		collection().find(Filters.gte("notifiedAt", Date.from(since)))
			.sort(Sorts.ascending("seq"))
			.forEach((d) -> found.add(fromDocument(d)));
		return found;
	}

	/** Referrals still waiting for an acknowledgement whose deadline has passed. */
	public List<Versioned> overdue(java.time.Instant now, int limit) {
		List<Versioned> found = new ArrayList<>();
		collection()
			.find(Filters.and(Filters.eq("status", ReferralStatus.NOTIFIED.name()),
					Filters.lte("dueAt", Date.from(now))))
			.limit(limit)
			.forEach((d) -> found.add(new Versioned(fromDocument(d), d.get("version", Number.class).longValue())));
		return found;
	}

	/**
	 * Writes a changed referral and its events, if nobody changed it since it was read.
	 * @return false when the version moved on (the caller reads again)
	 */
	public boolean replace(Versioned before, Referral after, List<OutboxEntry> events) {
		Document state = toDocument(after, List.of());
		List<Bson> updates = new ArrayList<>();
		for (String field : List.of("status", "acknowledgedAt", "escalatedAt", "instruction")) {
			updates.add(Updates.set(field, state.get(field)));
		}
		updates.add(Updates.inc("version", 1));
		if (!events.isEmpty()) {
			updates
				.add(Updates.pushEach(OutboxRelay.OUTBOX_FIELD, events.stream().map(ReferralStore::outbox).toList()));
		}
		long modified = collection()
			.updateOne(Filters.and(Filters.eq("_id", after.referralId()), Filters.eq("version", before.version())),
					Updates.combine(updates))
			.getModifiedCount();
		if (modified > 0 && !events.isEmpty()) {
			this.relay.signal(COLLECTION, after.referralId());
		}
		return modified > 0;
	}

	/**
	 * Sends a withdrawn referral again (its report was routed back to the office): the
	 * referral takes the content of the new routing and a new cursor number, so every
	 * feed shows it after what its readers have seen, and the events are added to any not
	 * yet relayed. Numbered and written under the append lock like a new referral, and
	 * announced the same way.
	 * @return the referral as stored, or empty if it changed since {@code before} was
	 * read
	 */
	public Optional<Referral> reinstate(Versioned before, Referral fresh, List<OutboxEntry> events,
			Consumer<Referral> announce) {
		synchronized (this.appendLock) {
			long seq = nextSeqs(1);
			Referral numbered = fresh.withSeq(seq);
			Referral stored = null;
			try {
				Document state = toDocument(numbered, List.of());
				List<Bson> updates = new ArrayList<>();
				for (Map.Entry<String, Object> field : state.entrySet()) {
					if (!List.of("_id", "version", OutboxRelay.OUTBOX_FIELD).contains(field.getKey())) {
						updates.add(Updates.set(field.getKey(), field.getValue()));
					}
				}
				updates.add(Updates.inc("version", 1));
				updates.add(Updates.pushEach(OutboxRelay.OUTBOX_FIELD,
						events.stream().map(ReferralStore::outbox).toList()));
				long modified = collection()
					.updateOne(
							Filters.and(Filters.eq("_id", fresh.referralId()), Filters.eq("version", before.version())),
							Updates.combine(updates))
					.getModifiedCount();
				if (modified > 0) {
					stored = numbered;
					stored(stored, announce);
				}
			}
			finally {
				this.settledRanges.put(seq, seq);
				this.whenCommitted.accept((stored != null) ? List.of(stored) : List.of());
			}
			return Optional.ofNullable(stored);
		}
	}

	/**
	 * Cursor numbers come from one durable counter shared by every instance, taken per
	 * group commit (one write for many referrals), so numbers follow the order in which
	 * they were taken across instances: what a feed tail relies on. A failed write leaves
	 * a gap; gaps are harmless, order is what matters.
	 */
	private long nextSeqs(int count) {
		Document counter = this.mongo.getCollection(COUNTERS)
			.findOneAndUpdate(Filters.eq("_id", SEQ_COUNTER), Updates.inc("value", (long) count),
					new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
		return counter.get("value", Number.class).longValue() - count + 1;
	}

	/**
	 * Runs after every group commit, in the committing thread, with the referrals it
	 * stored (numbered): feeds a tail without reading them back.
	 */
	public void whenCommitted(Consumer<List<Referral>> action) {
		this.whenCommitted = action;
	}

	/**
	 * Whether this process took the number and finished writing it, so that waiting for
	 * it to appear is pointless.
	 */
	public boolean settledHere(long seq) {
		Map.Entry<Long, Long> range = this.settledRanges.floorEntry(seq);
		return range != null && seq <= range.getValue();
	}

	/** Drops what {@link #settledHere} remembers at or below a number. */
	public void forgetSettledUpTo(long seq) {
		this.settledRanges.headMap(seq, true).entrySet().removeIf((range) -> range.getValue() <= seq);
	}

	/** Every office's referrals after a number, in number order (a feed tail). */
	public List<Referral> after(long afterSeq, int limit) {
		List<Referral> found = new ArrayList<>();
		collection().find(Filters.gt("seq", afterSeq))
			.projection(Projections.exclude(OutboxRelay.OUTBOX_FIELD))
			.sort(Sorts.ascending("seq"))
			.limit(limit)
			.forEach((d) -> found.add(fromDocument(d)));
		return found;
	}

	/** The highest number stored so far, 0 when none. */
	public long lastSeq() {
		Document last = collection().find()
			.projection(Projections.include("seq"))
			.sort(Sorts.descending("seq"))
			.limit(1)
			.first();
		return (last != null) ? last.get("seq", Number.class).longValue() : 0;
	}

	private Document toDocument(Referral referral, List<OutboxEntry> events) {
		Document doc = new Document();
		this.mongo.getConverter().write(referral, doc);
		doc.remove("_class");
		doc.put("_id", referral.referralId());
		doc.put("version", 0L);
		doc.put(OutboxRelay.OUTBOX_FIELD, events.stream().map(ReferralStore::outbox).toList());
		// fields left null must still exist, so a later $set sees a stable shape
		for (String field : List.of("acknowledgedAt", "escalatedAt", "instruction", "dueAt")) {
			doc.putIfAbsent(field, null);
		}
		return doc;
	}

	private Referral fromDocument(Document doc) {
		Document copy = new Document(doc);
		copy.remove(OutboxRelay.OUTBOX_FIELD);
		return this.mongo.getConverter().read(Referral.class, copy);
	}

	private static Document outbox(OutboxEntry entry) {
		// the shared form carries the trace context too
		return entry.toDocument();
	}

	private MongoCollection<Document> collection() {
		return this.mongo.getCollection(COLLECTION);
	}

	/** A referral as read, with the version a conditional write checks. */
	public record Versioned(Referral referral, long version) {
	}

}
