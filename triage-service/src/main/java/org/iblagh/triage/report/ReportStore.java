package org.iblagh.triage.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.result.UpdateResult;
import org.iblagh.support.messaging.OutboxEntry;
import org.iblagh.support.messaging.OutboxRelay;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Reads and writes triage reports. Every write is a single-document operation, made
 * conditional where a replay or a concurrent person could otherwise apply it twice; every
 * write that queues events signals the outbox relay.
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
		var index = this.mongo.indexOps(TriageReport.class);
		index.createIndex(new Index().on("status", Sort.Direction.ASC)
			.on("priority", Sort.Direction.ASC)
			.on("dueAt", Sort.Direction.ASC));
		index.createIndex(new Index().on("clusterId", Sort.Direction.ASC));
	}

	/**
	 * @return false when the report already exists (a replay or a race)
	 */
	public boolean insert(TriageReport report) {
		try {
			this.mongo.insert(report);
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
		signalIfOutbox(report.id(), report.outbox());
		return true;
	}

	public Optional<TriageReport> findById(String reportId) {
		return Optional.ofNullable(this.mongo.findById(reportId, TriageReport.class));
	}

	public List<TriageReport> findAllById(Collection<String> reportIds) {
		return this.mongo.find(Query.query(Criteria.where("_id").in(reportIds)), TriageReport.class);
	}

	/**
	 * Applies an update only when the extra condition holds, and queues its events in the
	 * same write.
	 * @param condition what must still be true of the document (a version, a claim, an
	 * event not seen yet); null for none
	 * @return whether the document changed
	 */
	public boolean update(String reportId, Criteria condition, Update update, List<OutboxEntry> events) {
		Criteria where = Criteria.where("_id").is(reportId);
		if (condition != null) {
			where = new Criteria().andOperator(where, condition);
		}
		if (!events.isEmpty()) {
			update.push("outbox").each(events.toArray());
		}
		UpdateResult result = this.mongo.updateFirst(Query.query(where), update, TriageReport.class);
		boolean changed = result.getModifiedCount() > 0;
		if (changed) {
			signalIfOutbox(reportId, events);
		}
		return changed;
	}

	/**
	 * An update of one report, applied only while its condition holds.
	 */
	public record ConditionalUpdate(String reportId, Criteria condition, Update update) {
	}

	/**
	 * Applies many conditional updates in one ordered bulk write (no events: they would
	 * need the relay signalled per document).
	 */
	public void updateAll(List<ConditionalUpdate> updates) {
		if (updates.isEmpty()) {
			return;
		}
		BulkOperations bulk = this.mongo.bulkOps(BulkOperations.BulkMode.ORDERED, TriageReport.class);
		for (ConditionalUpdate one : updates) {
			bulk.updateOne(
					Query.query(new Criteria().andOperator(Criteria.where("_id").is(one.reportId()), one.condition())),
					one.update());
		}
		bulk.execute();
	}

	private void signalIfOutbox(String reportId, List<OutboxEntry> events) {
		if (!events.isEmpty()) {
			this.relay.signal(TriageReport.COLLECTION, reportId);
		}
	}

}
