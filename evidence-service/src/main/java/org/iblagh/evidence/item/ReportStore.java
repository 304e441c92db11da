package org.iblagh.evidence.item;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.iblagh.support.messaging.OutboxEntry;
import org.iblagh.support.messaging.OutboxRelay;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Reports as evidence-service knows them. Every change that publishes events writes them
 * into the document's outbox in the same single-document update, guarded by a version so
 * two consumers of the same report never overwrite each other.
 */
public class ReportStore {

	public static final String COLLECTION = "reports";

	private final MongoTemplate mongo;

	private final OutboxRelay relay;

	public ReportStore(MongoTemplate mongo, OutboxRelay relay) {
		this.mongo = mongo;
		this.relay = relay;
	}

	public Optional<ReportState> find(String reportId) {
		return Optional.ofNullable(collection().find(Filters.eq("_id", reportId)).first()).map(ReportStore::toState);
	}

	/**
	 * Records secured evidence and queues its events, if nobody changed the report since
	 * {@code seen} was read.
	 * @param seen the state read before securing, or null when there was none
	 * @return false on a concurrent change: read again and retry
	 */
	public boolean recordSecured(ReportState seen, String reportId, String contentJson, List<String> evidenceIds,
			String eventId, List<OutboxEntry> events, Instant now) {
		List<Document> outbox = events.stream().map(ReportStore::outboxDocument).toList();
		if (seen == null) {
			Document doc = new Document("_id", reportId).append("content", contentJson)
				.append("evidenceIds", evidenceIds)
				.append("processedEvents", List.of(eventId))
				.append("offices", List.of())
				.append("lifecycle", "OPEN")
				.append("legalHold", false)
				.append("createdAt", Date.from(now))
				.append("version", 1L)
				.append(OutboxRelay.OUTBOX_FIELD, outbox);
			try {
				collection().insertOne(doc);
			}
			catch (MongoWriteException ex) {
				if (ex.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
					return false;
				}
				throw ex;
			}
		}
		else {
			List<Bson> updates = new ArrayList<>();
			if (contentJson != null) {
				updates.add(Updates.set("content", contentJson));
			}
			updates.add(Updates.addEachToSet("evidenceIds", evidenceIds));
			updates.add(Updates.push("processedEvents", eventId));
			updates.add(Updates.pushEach(OutboxRelay.OUTBOX_FIELD, outbox));
			updates.add(Updates.inc("version", 1L));
			long modified = collection()
				.updateOne(Filters.and(Filters.eq("_id", reportId), Filters.eq("version", seen.version())),
						Updates.combine(updates))
				.getModifiedCount();
			if (modified == 0) {
				return false;
			}
		}
		this.relay.signal(COLLECTION, reportId);
		return true;
	}

	/**
	 * The offices a report is routed to, as of the latest routing: a supervisor's
	 * re-routing replaces them, so the office it was taken from can no longer export. An
	 * older or replayed routing changes nothing.
	 */
	public void routedTo(String reportId, List<String> officeIds, Instant routedAt, Instant now) {
		Date at = Date.from(routedAt);
		UpdateResult newer = collection().updateOne(
				Filters.and(Filters.eq("_id", reportId),
						Filters.or(Filters.exists("routedAt", false), Filters.lt("routedAt", at))),
				Updates.combine(Updates.set("offices", officeIds), Updates.set("routedAt", at)));
		if (newer.getMatchedCount() == 0) {
			// unknown report (routed before its evidence arrived), or a routing no newer
			// than the one applied: only the first creates anything
			collection().updateOne(Filters.eq("_id", reportId),
					Updates.combine(Updates.setOnInsert("offices", officeIds), Updates.setOnInsert("routedAt", at),
							Updates.setOnInsert("createdAt", Date.from(now)), Updates.setOnInsert("version", 0L),
							Updates.setOnInsert("lifecycle", "OPEN"), Updates.setOnInsert("legalHold", false)),
					new UpdateOptions().upsert(true));
		}
	}

	/** A dismissal or closure: sets when the evidence may be deleted. */
	public void setLifecycle(String reportId, String lifecycle, Instant at, Instant deleteAfter, Instant now) {
		collection().updateOne(Filters.eq("_id", reportId),
				Updates.combine(Updates.set("lifecycle", lifecycle), Updates.set("lifecycleAt", Date.from(at)),
						Updates.set("deleteAfter", (deleteAfter != null) ? Date.from(deleteAfter) : null),
						Updates.setOnInsert("createdAt", Date.from(now)), Updates.setOnInsert("version", 0L),
						Updates.setOnInsert("legalHold", false)),
				new UpdateOptions().upsert(true));
	}

	public void setLegalHold(String reportId, boolean hold, Instant deleteAfter) {
		collection().updateOne(Filters.eq("_id", reportId), Updates.combine(Updates.set("legalHold", hold),
				Updates.set("deleteAfter", (deleteAfter != null) ? Date.from(deleteAfter) : null)));
	}

	public List<ReportState> dueForDeletion(Instant now) {
		List<ReportState> due = new ArrayList<>();
		collection().find(Filters.and(Filters.lte("deleteAfter", Date.from(now)), Filters.eq("legalHold", false),
				Filters.eq("purgedAt", null)))
			.forEach((d) -> due.add(toState(d)));
		return due;
	}

	public void markPurged(String reportId, Instant at) {
		collection().updateOne(Filters.eq("_id", reportId), Updates.set("purgedAt", Date.from(at)));
	}

	private MongoCollection<Document> collection() {
		return this.mongo.getCollection(COLLECTION);
	}

	private static Document outboxDocument(OutboxEntry entry) {
		// the shared form carries the trace context too
		return entry.toDocument();
	}

	private static ReportState toState(Document d) {
		Number version = d.get("version", Number.class);
		return new ReportState(d.getString("_id"), d.getString("content"), d.getList("evidenceIds", String.class),
				d.getList("processedEvents", String.class), d.getList("offices", String.class),
				d.getString("lifecycle"), instant(d.getDate("lifecycleAt")),
				Boolean.TRUE.equals(d.getBoolean("legalHold")), instant(d.getDate("deleteAfter")),
				instant(d.getDate("purgedAt")), instant(d.getDate("createdAt")),
				(version != null) ? version.longValue() : 0L);
	}

	private static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

}
