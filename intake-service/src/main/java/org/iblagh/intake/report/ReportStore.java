package org.iblagh.intake.report;

import java.util.Optional;

import com.mongodb.client.result.UpdateResult;
import org.iblagh.support.messaging.OutboxRelay;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
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
	 * Appends a status unless this event was already recorded (replays change nothing).
	 * @return whether the history changed
	 */
	public boolean appendStatus(String reportId, StatusEntry entry) {
		UpdateResult result = this.mongo.updateFirst(
				Query.query(Criteria.where("_id").is(reportId).and("history.eventId").ne(entry.eventId())),
				new Update().push("history", entry), StoredReport.class);
		return result.getModifiedCount() > 0;
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

}
