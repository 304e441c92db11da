package org.iblagh.intake.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.iblagh.contracts.ReportStatus;
import org.iblagh.support.messaging.OutboxEntry;
import org.iblagh.support.messaging.OutboxRelay;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Reads and writes reports; every write that queues events signals the outbox relay.
 */
@Component
public class ReportStore {

	private final MongoTemplate mongo;

	private final OutboxRelay relay;

	ReportStore(MongoTemplate mongo, OutboxRelay relay) {
		this.mongo = mongo;
		this.relay = relay;
	}

	@EventListener(ApplicationStartedEvent.class)
	void createIndexes() {
		var index = this.mongo.indexOps(StoredReport.class);
		index.createIndex(new Index().on("receiptHash", Sort.Direction.ASC).unique());
		index.createIndex(new Index().on("powId", Sort.Direction.ASC).unique());
		index.createIndex(new Index().on("idempotencyKeyHash", Sort.Direction.ASC).unique());
		index.createIndex(new Index().on("identity.reporterRef", Sort.Direction.ASC).sparse());
		index.createIndex(new Index().on("dismissedAt", Sort.Direction.ASC).sparse());
	}

	/**
	 * @throws org.springframework.dao.DuplicateKeyException when the challenge or the
	 * idempotency key was already used
	 */
	public void insert(StoredReport report) {
		this.mongo.insert(report);
		this.relay.signal(StoredReport.COLLECTION, report.id());
	}

	public Optional<StoredReport> findByReceiptHash(String receiptHash) {
		return Optional.ofNullable(
				this.mongo.findOne(Query.query(Criteria.where("receiptHash").is(receiptHash)), StoredReport.class));
	}

	public Optional<StoredReport> findByIdempotencyKeyHash(String keyHash) {
		return Optional.ofNullable(
				this.mongo.findOne(Query.query(Criteria.where("idempotencyKeyHash").is(keyHash)), StoredReport.class));
	}

	public Optional<StoredReport> findById(String reportId) {
		return Optional.ofNullable(this.mongo.findById(reportId, StoredReport.class));
	}

	/**
	 * Appends the statuses of a polled batch in one ordered bulk write, each unless its
	 * event was already recorded, so a batch handled again changes nothing.
	 */
	public void appendStatuses(List<ReportStatusStep> steps) {
		if (steps.isEmpty()) {
			return;
		}
		BulkOperations bulk = this.mongo.bulkOps(BulkOperations.BulkMode.ORDERED, StoredReport.class);
		for (ReportStatusStep step : steps) {
			bulk.updateOne(unlessRecorded(step.reportId(), step.entry()), historyStep(step.entry()));
		}
		bulk.execute();
	}

	/**
	 * The steps whose events are not in their report's history yet (one read for the
	 * whole batch).
	 */
	public List<ReportStatusStep> notYetRecorded(List<ReportStatusStep> steps) {
		if (steps.isEmpty()) {
			return steps;
		}
		Query query = Query.query(Criteria.where("_id").in(steps.stream().map(ReportStatusStep::reportId).toList()));
		query.fields().include("history.eventId");
		Set<String> recorded = new HashSet<>();
		for (Document report : this.mongo.find(query, Document.class, StoredReport.COLLECTION)) {
			if (report.get("history") instanceof List<?> history) {
				for (Object step : history) {
					if (step instanceof Document entry && entry.getString("eventId") != null) {
						recorded.add(entry.getString("eventId"));
					}
				}
			}
		}
		List<ReportStatusStep> fresh = new ArrayList<>();
		for (ReportStatusStep step : steps) {
			// add() also drops a second copy of one event inside the batch
			if (recorded.add(step.entry().eventId())) {
				fresh.add(step);
			}
		}
		return fresh;
	}

	private static Query unlessRecorded(String reportId, StatusEntry entry) {
		return Query.query(Criteria.where("_id").is(reportId).and("history.eventId").ne(entry.eventId()));
	}

	private static Update historyStep(StatusEntry entry) {
		Update update = new Update().push("history", entry);
		// the retention period of personal data starts when a report is dismissed; a
		// report that moves on again is no longer due for erasure
		if (entry.status() == ReportStatus.DISMISSED) {
			update.set("dismissedAt", entry.at());
		}
		else {
			update.unset("dismissedAt");
		}
		return update;
	}

	/**
	 * Appends a message unless this event was already recorded.
	 */
	public boolean appendMessage(String reportId, ConversationMessage message) {
		UpdateResult result = this.mongo.updateFirst(
				Query.query(Criteria.where("_id").is(reportId).and("messages.eventId").ne(message.eventId())),
				new Update().push("messages", message), StoredReport.class);
		return result.getModifiedCount() > 0;
	}

	/**
	 * Appends a reporter's message and the event announcing it in one atomic write (the
	 * outbox lives in the document).
	 */
	public boolean appendReporterMessage(String reportId, ConversationMessage message, OutboxEntry event) {
		UpdateResult result = this.mongo.updateFirst(Query.query(Criteria.where("_id").is(reportId)),
				new Update().push("messages", message).push(OutboxRelay.OUTBOX_FIELD, event), StoredReport.class);
		if (result.getModifiedCount() > 0) {
			this.relay.signal(StoredReport.COLLECTION, reportId);
			return true;
		}
		return false;
	}

	public Optional<StoredReport> findByReporterRef(String reporterRef) {
		return Optional.ofNullable(this.mongo
			.findOne(Query.query(Criteria.where("identity.reporterRef").is(reporterRef)), StoredReport.class));
	}

	/** Ids of dismissed reports whose personal data is due for erasure. */
	public List<String> dismissedBefore(Instant cutoff, int limit) {
		Query query = Query.query(Criteria.where("dismissedAt").lt(cutoff).and("erasedAt").is(null)).limit(limit);
		query.fields().include("_id");
		return this.mongo.find(query, StoredReport.class).stream().map(StoredReport::id).toList();
	}

	/**
	 * Erases the personal data of a report: identity, description, the conversation's
	 * texts, the suspects' identifiers, links and place. What remains (ids, hashes,
	 * status history) lets the reporter still see that it was closed.
	 */
	public boolean erasePersonalData(String reportId, Instant cutoff, Instant at) {
		UpdateResult result = this.mongo.updateFirst(
				Query.query(Criteria.where("_id").is(reportId).and("dismissedAt").lt(cutoff).and("erasedAt").is(null)),
				new Update().unset("identity")
					.unset("sealedDescription")
					.set("messages", List.of())
					.set("content.suspectIdentifiers", List.of())
					.set("content.contentLocations", List.of())
					.unset("content.place")
					.set("erasedAt", at),
				StoredReport.class);
		return result.getModifiedCount() > 0;
	}

	public long count() {
		return this.mongo.count(new Query(), StoredReport.class);
	}

}
